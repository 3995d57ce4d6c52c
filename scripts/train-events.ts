/**
 * Trains the sentence event-type classifier (src/extract/events/sentence-classifier.ts) and writes
 * data/event-classifier/model.json with how it was trained and its held-out accuracy.
 *   npm run train:events -- [--train FILE.jsonl] [--out FILE] [--seed N] [--epochs N] [--lede N] [--held-out PCT]
 *                           [--rate R] [--prune W] [--min-count N] [--no-balance]
 * Each story gives its first --lede sentences as training texts, labelled with the story's PLOVER type; the
 * stories whose id hashes into the held-out share are kept out and scored (sentence and story accuracy).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classify, trainEventTypes, type EventTypeModel, type LabelledText } from '../src/extract/events/index.js';
import { saveEventTypeModel } from '../src/pipeline/event-classifier-file.js';

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));
const { values: o } = parseArgs({
  options: {
    train: { type: 'string', default: root('../shared/eval/plover-synthetic/synthetic-stories.jsonl') },
    out: { type: 'string', default: root('data/event-classifier/model.json') },
    seed: { type: 'string', default: '4500' },
    epochs: { type: 'string', default: '8' },
    lede: { type: 'string', default: '1' },
    'held-out': { type: 'string', default: '10' },
    rate: { type: 'string', default: '0.5' },
    prune: { type: 'string', default: '0.05' },
    'min-count': { type: 'string', default: '3' },
    'no-balance': { type: 'boolean', default: false },
  },
});

interface Story {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

const raw = readFileSync(o.train!, 'utf8');
const stories: Story[] = raw
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const r = JSON.parse(l) as Partial<Story>;
    if (typeof r.id !== 'string' || typeof r.label !== 'string' || typeof r.text !== 'string')
      throw new Error(`${o.train}:${i + 1}: expected { id, label, text } strings, found ${l.slice(0, 80)}`);
    return r as Story;
  });

/** Sentences of a story: split after . ! ? before a capital, quote or digit, and at paragraph breaks. */
const sentences = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.!?]["”']?)\s+(?=["“A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);

const heldOutPct = Number(o['held-out']);
const isHeldOut = (id: string): boolean => createHash('sha256').update(id).digest()[0]! % 100 < heldOutPct;
const lede = Number(o.lede);
const examples = (ss: readonly Story[]): LabelledText[] =>
  ss.flatMap((s) =>
    sentences(s.text)
      .slice(0, lede)
      .map((text) => ({ text, label: s.label })),
  );

const train = stories.filter((s) => !isHeldOut(s.id));
const held = stories.filter((s) => isHeldOut(s.id));
const t0 = performance.now();
const model = trainEventTypes(examples(train), {
  epochs: Number(o.epochs),
  seed: Number(o.seed),
  rate: Number(o.rate),
  prune: Number(o.prune),
  minCount: Number(o['min-count']),
  balance: !o['no-balance'],
});
const seconds = (performance.now() - t0) / 1000;

const accuracy = (m: EventTypeModel, xs: readonly LabelledText[]): number => xs.filter((x) => classify(m, x.text)[0]!.label === x.label).length / xs.length;
const heldFirst = held.map((s) => ({ text: sentences(s.text)[0] ?? s.text, label: s.label }));
const figures = {
  stories: held.length,
  firstSentenceAccuracy: Number(accuracy(model, heldFirst).toFixed(4)),
  ledeSentenceAccuracy: Number(accuracy(model, examples(held)).toFixed(4)),
  storyAccuracy: Number(accuracy(model, held).toFixed(4)),
};
console.error(`trained on ${train.length} stories in ${seconds.toFixed(1)} s; held out ${held.length}: ${JSON.stringify(figures)}`);

const size = saveEventTypeModel(model, o.out!, {
  model: 'multinomial logistic regression over lower-cased words and adjacent word pairs (src/extract/events/sentence-classifier.ts)',
  command: 'npm run train:events',
  seed: Number(o.seed),
  epochs: Number(o.epochs),
  rate: Number(o.rate),
  prune: Number(o.prune),
  minCount: Number(o['min-count']),
  balance: !o['no-balance'],
  ledeSentences: lede,
  trainingData: {
    file: basename(o.train!),
    version: 'PLOVER synthetic stories (event type and mode), ../shared/eval/plover-synthetic',
    sha256: createHash('sha256').update(raw).digest('hex'),
    stories: train.length,
  },
  heldOut: { rule: `sha256(id)[0] % 100 < ${heldOutPct}`, ...figures },
  features: Object.keys(model.weights).length,
});
console.error(`wrote ${o.out} (${size} bytes, ${Object.keys(model.weights).length} features, ${model.classes.length} classes)`);
