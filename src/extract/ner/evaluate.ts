/**
 * Entity-level scores with conlleval's semantics: an entity counts as found only when its span and type
 * match exactly; precision, recall and F1 per type and micro-averaged over all types.
 */
import { itemAt } from '../../core/checked.js';
import { spansFromTags } from './tags.js';

interface Score {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Scores {
  readonly byType: readonly Score[];
  readonly overall: Score;
  readonly tokenAccuracy: number;
}

function score(type: string, gold: number, predicted: number, correct: number): Score {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, gold, predicted, correct, precision, recall, f1 };
}

/** gold[s] and predicted[s] are the tags of sentence s, in any scheme spansFromTags reads. */
export function scoreEntities(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): Scores {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const at = (t: string) => {
    let v = counts.get(t);
    if (!v) counts.set(t, (v = { g: 0, p: 0, c: 0 }));
    return v;
  };
  let tokens = 0;
  let right = 0;
  gold.forEach((g, s) => {
    const p = itemAt(predicted, s, 'predicted sentences');
    const gs = spansFromTags(g);
    const ps = spansFromTags(p);
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(gs.map(key));
    for (const x of gs) at(x.type).g++;
    for (const x of ps) {
      at(x.type).p++;
      if (goldKeys.has(key(x))) at(x.type).c++;
    }
    // conlleval's token accuracy compares the raw tags; IOB1 gold against BIO predictions would differ on
    // B-/I- alone, so compare the type (or O) of each token instead.
    g.forEach((tag, i) => {
      if (tag.slice(2) === itemAt(p, i, 'predicted tags').slice(2)) right++;
    });
    tokens += g.length;
  });
  const types = [...counts.keys()].sort();
  const byType = types.map((t) => score(t, counts.get(t)!.g, counts.get(t)!.p, counts.get(t)!.c));
  const sum = (f: (s: Score) => number) => byType.reduce((a, s) => a + f(s), 0);
  return {
    byType,
    overall: score(
      'overall',
      sum((s) => s.gold),
      sum((s) => s.predicted),
      sum((s) => s.correct),
    ),
    tokenAccuracy: tokens ? right / tokens : 0,
  };
}

/** A fixed-width table: type, gold, predicted, correct, precision, recall, F1 (percent, 2 decimals). */
export function formatScores(s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
  const row = (x: Score) =>
    `${x.type.padEnd(8)}${String(x.gold).padStart(7)}${String(x.predicted).padStart(7)}${String(x.correct).padStart(7)}${pct(x.precision)}${pct(x.recall)}${pct(x.f1)}`;
  const head = `${'type'.padEnd(8)}${'gold'.padStart(7)}${'pred'.padStart(7)}${'right'.padStart(7)}${'prec'.padStart(7)}${'rec'.padStart(7)}${'F1'.padStart(7)}`;
  return [head, ...s.byType.map(row), row(s.overall), `token accuracy ${pct(s.tokenAccuracy).trim()}%`].join('\n');
}
