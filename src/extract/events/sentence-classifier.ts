/**
 * A sentence's PLOVER event type, learned: multinomial logistic regression over lower-cased words and word pairs,
 * trained by `npm run train:events` on labelled stories (../shared/eval/plover-synthetic) and shipped as
 * data/event-classifier/model.json. Pure: the caller reads and writes the file.
 * It is not a coder: it names no actors and has no "no event" class. The gate (classifier-gate.ts) only lets it
 * take out an event the grammar coded whose sentence it confidently reads as another type.
 */
import { EntenteError } from '../../core/errors.js';
import { seededRandom } from '../../core/random.js';

export interface EventTypeModel {
  readonly classes: readonly string[];
  /** Feature -> one weight per class (same order as `classes`); the bias is the feature `""`. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface LabelledText {
  readonly text: string;
  readonly label: string;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly seed?: number;
  /** Learning rate at the first epoch; it falls as 1/(1+epoch). */
  readonly rate?: number;
  /** L2 penalty per update (weight decay). */
  readonly l2?: number;
  /** A feature seen in fewer training texts is left out. */
  readonly minCount?: number;
  /** Weights smaller than this (absolute) are dropped from the saved model. */
  readonly prune?: number;
  /** Weigh each example by 1 / its class's share, so a class the stories over-represent is not read everywhere. */
  readonly balance?: boolean;
}

const WORD = /\p{L}[\p{L}'-]*|\d+/gu;

/** Words and adjacent pairs of a text, each once: "Troops attacked" -> troops, attacked, troops_attacked. */
export function features(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => (/^\d+$/.test(w) ? '0' : w));
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return [...out];
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

const tables = new WeakMap<EventTypeModel, Map<string, readonly number[]>>();
/** Names an object's property lookup finds on every plain object ("constructor"): read as the model's record reads them. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The model's weights as a Map, made once: a feature string made per sentence is then hashed, not interned as a property name. */
function tableOf(model: EventTypeModel): Map<string, readonly number[]> {
  let table = tables.get(model);
  if (!table) tables.set(model, (table = new Map(Object.entries(model.weights))));
  return table;
}

function scoresOf(model: EventTypeModel, feats: readonly string[]): number[] {
  const s = [...(model.weights[''] ?? model.classes.map(() => 0))];
  // The table found once per text, not once per feature.
  const table = tableOf(model);
  for (const f of feats) {
    const w = table.get(f) ?? (INHERITED.has(f) ? model.weights[f] : undefined);
    if (w) for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
  }
  return s;
}

/** Each class's probability for the text, highest first. */
export function classify(model: EventTypeModel, text: string): { label: string; p: number }[] {
  const p = softmax(scoresOf(model, features(text)));
  return model.classes.map((label, k) => ({ label, p: p[k]! })).sort((a, b) => b.p - a.p);
}

export function trainEventTypes(data: readonly LabelledText[], options: TrainOptions = {}): EventTypeModel {
  const { epochs = 8, seed = 1, rate = 0.5, l2 = 1e-5, minCount = 2, prune = 0.01, balance = false } = options;
  if (data.length === 0) throw new EntenteError('BAD_INPUT', 'cannot train the event-type classifier: expected labelled texts, found none');
  const classes = [...new Set(data.map((d) => d.label))].sort();
  const count = new Map<string, number>();
  const rows = data.map((d) => ({ feats: features(d.text), y: classes.indexOf(d.label) }));
  for (const r of rows) for (const f of r.feats) count.set(f, (count.get(f) ?? 0) + 1);
  const perClass = classes.map((_, k) => rows.filter((r) => r.y === k).length);
  const weightOf = (y: number): number => (balance ? rows.length / classes.length / perClass[y]! : 1);
  const kept = (f: string): boolean => (count.get(f) ?? 0) >= minCount;
  for (const r of rows) r.feats = ['', ...r.feats.filter(kept)];
  const w = new Map<string, number[]>();
  const weightsOf = (f: string): number[] => {
    let v = w.get(f);
    if (!v) w.set(f, (v = classes.map(() => 0)));
    return v;
  };
  const next = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch);
    for (const i of order) {
      const r = rows[i]!;
      const vs = r.feats.map(weightsOf);
      const s = classes.map(() => 0);
      for (const v of vs) for (let k = 0; k < s.length; k++) s[k]! += v[k]!;
      const p = softmax(s);
      // Gradient of the log loss, spread over the text's features (so long texts take no bigger steps).
      const step = (lr * weightOf(r.y)) / Math.sqrt(vs.length);
      for (const v of vs) for (let k = 0; k < v.length; k++) v[k] = v[k]! * (1 - l2) + step * ((k === r.y ? 1 : 0) - p[k]!);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, v] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (f === '' || v.some((x) => Math.abs(x) >= prune)) weights[f] = v.map((x) => Math.round(x * 1000) / 1000);
  return { classes, weights };
}

/** Checks a decoded model file's shape: `what` names the file in the error. */
export function checkEventTypeModel(x: unknown, what: string): EventTypeModel {
  const m = x as Partial<EventTypeModel> | null;
  const n = Array.isArray(m?.classes) ? m.classes.length : -1;
  const bad =
    n <= 0 ||
    typeof m?.weights !== 'object' ||
    m.weights === null ||
    Object.values(m.weights).some((v) => !Array.isArray(v) || v.length !== n || v.some((y) => typeof y !== 'number'));
  if (bad)
    throw new EntenteError('BAD_INPUT', `${what}: expected { classes: string[], weights: { feature: number[one per class] } }, found another shape`, {
      file: what,
    });
  return m as EventTypeModel;
}
