/**
 * Named-entity recognition on the CoNLL-2003 English dev split (testa): per-type precision, recall and F1 over
 * exact entity spans, as conlleval counts them, for the committed model in data/ner/.
 * The test split (testb) is kept aside for independent checks and is never read here.
 * Standalone: `tsx eval/ner.eval.ts [FILE]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readConll } from '../src/extract/ner/conll.js';
import { formatScores, scoreEntities } from '../src/extract/ner/evaluate.js';
import { loadNerTagger } from '../src/pipeline/ner-gazetteer-file.js';
import { tagByDocument } from '../src/extract/ner/tagger.js';
import { figure } from '../scripts/figures/figure.js';
import { headline } from './headline.js';

const DEV = fileURLToPath(new URL('../../shared/eval/conll2003_eng.testa', import.meta.url));

export async function run(file = DEV): Promise<void> {
  const t0 = performance.now();
  const tagger = loadNerTagger();
  const { model } = tagger;
  const loadMs = performance.now() - t0;
  const conll = readConll(readFileSync(file, 'utf8'), file);
  const predicted = tagByDocument(tagger, conll.sentences);
  const scores = scoreEntities(
    conll.sentences.map((s) => s.lastColumn),
    predicted,
  );
  const m = model.meta as { scheme?: string; epochs?: number; seed?: number; gazetteer?: string };
  process.stdout.write(
    `NER on ${file.split('/').pop()} (${conll.sentences.length} sentences); model: ${model.stages.map((c) => c.keys.length).join(' + ')} feature rows, ` +
      `${m.scheme} tags, ${m.epochs} epochs, seed ${m.seed}${m.gazetteer ? `, gazetteer ${m.gazetteer}` : ''}; loaded in ${loadMs.toFixed(0)} ms\n`,
  );
  process.stdout.write(`${formatScores(scores)}\n`);
  if (file === DEV) headline('ner.testa.f1', scores.overall.f1);
  if (file === DEV)
    for (const s of [...scores.byType, scores.overall])
      for (const k of ['precision', 'recall', 'f1'] as const) figure(`ner.testa.${s.type}.${k}`, s[k], 'share');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv[2]);
