/**
 * Event coding quality on ../shared/eval: PETR2_GSR_validation.xml and PLOVER_GSR_CAMEO.txt with the
 * project's dictionaries; PETR.UnitTest.records.xml with its own PETR.Validate.* dictionaries.
 * Run alone: npx tsx eval/events.eval.ts [--verbose]. Prints tables; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  codeSentenceLearned,
  compileDictionaries,
  learnedTypes,
  tokenizeSentences,
  type CompiledDictionaries,
  type LearnedTypes,
} from '../src/extract/events/index.js';
import { learnedEventsOn } from '../src/pipeline/event-coder-adapter.js';
import { DEFAULT_EVENT_CLASSIFIER, loadEventTypeModel } from '../src/pipeline/event-classifier-file.js';
import { loadEventDictionaries } from '../src/pipeline/dictionary-files.js';
import { parseActorDictionary, parseAgentDictionary, parseDiscards } from '../src/extract/events/parse-actor-dictionary.js';
import { ploverOf } from '../src/extract/events/parse-cameo-codes.js';
import { parseVerbDictionary } from '../src/extract/events/parse-verb-dictionary.js';
import type { CameoCode } from '../src/extract/events/types.js';
import type { TraceEntry } from '../src/extract/events/index.js';
import { type GoldEvent, type GoldSentence, readPetrarchXml, readPloverGsr } from './event-gold.js';
import { headline } from './headline.js';

// Scoring.
export interface Predicted {
  readonly code: string;
  readonly source: string;
  readonly target: string;
  readonly ruleId?: string;
  /** The grammar rules that shaped the event (grammar/table.ts ids). */
  readonly rules?: readonly string[];
  /** Where the event's verb starts in the sentence: the dyads of one verb share it. */
  readonly verb?: number;
}

/** Counts over a file: events predicted, gold, matched (by code at one level), and actor hits among matches. */
export interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  sourceExact: number;
  targetExact: number;
  sourceRoot: number;
  targetRoot: number;
}

export const emptyTally = (): Tally => ({ predicted: 0, gold: 0, matched: 0, sourceExact: 0, targetExact: 0, sourceRoot: 0, targetRoot: 0 });

const actorHit = (pred: string, gold: readonly string[], exact: boolean): boolean =>
  gold.some((g) => (exact ? pred === g : pred.slice(0, 3) === g.slice(0, 3) || (g.length > 0 && pred.startsWith(g))));

/** The free gold event of the prediction's code whose actors agree best with it, or -1 (one-to-one matching). */
function pickGold(p: Predicted, gold: readonly GoldEvent[], free: ReadonlySet<number>, key: (code: string) => string | undefined): number {
  const k = key(p.code);
  let pick = -1;
  let pickScore = -1;
  for (const i of free) {
    const g = gold[i]!;
    if (key(g.code) !== k && g.code !== k) continue;
    const s = (actorHit(p.source, g.source, false) ? 1 : 0) + (actorHit(p.target, g.target, false) ? 1 : 0);
    if (s > pickScore) {
      pick = i;
      pickScore = s;
    }
  }
  return pick;
}

/**
 * One-to-one matching within a sentence: each predicted event takes an unmatched gold event with the
 * same key (CAMEO root, full code or PLOVER category), preferring one whose actors also agree.
 */
export function scoreSentence(t: Tally, preds: readonly Predicted[], gold: readonly GoldEvent[], key: (code: string) => string | undefined): void {
  const usable = preds.filter((p) => key(p.code) !== undefined);
  t.predicted += usable.length;
  t.gold += gold.length;
  const free = new Set(gold.map((_, i) => i));
  for (const p of usable) {
    const pick = pickGold(p, gold, free, key);
    if (pick < 0) continue;
    free.delete(pick);
    const g = gold[pick]!;
    t.matched++;
    if (actorHit(p.source, g.source, true)) t.sourceExact++;
    if (actorHit(p.source, g.source, false)) t.sourceRoot++;
    // An empty gold target ("---" or none) accepts any target.
    const anyTarget = g.target.length === 0 || g.target.every((x) => x === '' || x === '---');
    if (anyTarget || actorHit(p.target, g.target, true)) t.targetExact++;
    if (anyTarget || actorHit(p.target, g.target, false)) t.targetRoot++;
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(2));

export function tallyRow(name: string, t: Tally): string[] {
  const p = t.predicted === 0 ? 0 : t.matched / t.predicted;
  const r = t.gold === 0 ? 0 : t.matched / t.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [
    name,
    String(t.gold),
    String(t.predicted),
    String(t.matched),
    ratio(t.matched, t.predicted),
    ratio(t.matched, t.gold),
    f.toFixed(2),
    ratio(t.sourceRoot, t.matched),
    ratio(t.targetRoot, t.matched),
    ratio(t.sourceExact, t.matched),
    ratio(t.targetExact, t.matched),
  ];
}

/** The tally's precision, recall and actor agreement as headline figures (`events.<set>.<level>.precision`...). */
function headlineTally(prefix: string, t: Tally): void {
  headline(`${prefix}.precision`, t.predicted === 0 ? 0 : t.matched / t.predicted);
  headline(`${prefix}.recall`, t.gold === 0 ? 0 : t.matched / t.gold);
  headline(`${prefix}.source`, t.matched === 0 ? 0 : t.sourceRoot / t.matched);
  headline(`${prefix}.target`, t.matched === 0 ? 0 : t.targetRoot / t.matched);
}

export const TALLY_HEADER = ['level', 'gold', 'pred', 'match', 'P', 'R', 'F1', 'src', 'tgt', 'src=', 'tgt='];

export function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const SHARED = resolve(process.env.ENTENTE_SHARED ?? '../shared', 'eval');

/** Each gold sentence's predicted events, and the rules that stopped a verb or an event in it (its trace). */
function codeAll(gold: readonly GoldSentence[], d: CompiledDictionaries, stops: string[][] = [], learned?: LearnedTypes): Predicted[][] {
  return gold.map((g, i) => {
    const trace: TraceEntry[] = [];
    const out = tokenizeSentences(g.text).flatMap((s) =>
      codeSentenceLearned({ text: s.text, tokens: s.tokens, date: g.date }, d, learned, trace).map((e) => ({
        code: e.cameo,
        source: e.source,
        target: e.target,
        ruleId: e.ruleId,
        rules: e.rules,
        verb: e.verbSpan.start,
      })),
    );
    stops[i] = trace.filter((t) => t.outcome === 'stopped').map((t) => t.rule);
    return out;
  });
}

/**
 * Rule-id scoring: for each grammar rule, the events it shaped and how many of them the gold has (its precision),
 * and how often it stopped a verb in a sentence whose gold events were all found ("clean") or not ("missed": the
 * stop may have cost one). A rule that helps one set and hurts the other shows here first.
 */
function ruleTable(
  title: string,
  gold: readonly GoldSentence[],
  preds: readonly Predicted[][],
  stops: readonly string[][],
  key: (code: string) => string | undefined,
): string {
  const shaped = new Map<string, { n: number; ok: number }>();
  const stopped = new Map<string, { clean: number; missed: number }>();
  gold.forEach((g, i) => {
    const flags = matchedFlags(preds[i]!, g.events, key);
    preds[i]!.forEach((p, k) => {
      for (const r of new Set(p.rules ?? [])) {
        const row = shaped.get(r) ?? { n: 0, ok: 0 };
        row.n++;
        if (flags[k] && key(p.code) !== undefined) row.ok++;
        shaped.set(r, row);
      }
    });
    const missed = g.events.length > flags.filter((f, k) => f && key(preds[i]![k]!.code) !== undefined).length;
    for (const r of stops[i] ?? []) {
      const row = stopped.get(r) ?? { clean: 0, missed: 0 };
      if (missed) row.missed++;
      else row.clean++;
      stopped.set(r, row);
    }
  });
  const ids = [...new Set([...shaped.keys(), ...stopped.keys()])].sort();
  const rows = ids.map((id) => {
    const s = shaped.get(id);
    const t = stopped.get(id);
    return [id, String(s?.n ?? 0), s ? ratio(s.ok, s.n) : '', String(t?.clean ?? 0), String(t?.missed ?? 0)];
  });
  return table(title, ['rule', 'events', 'P', 'stops clean', 'stops missed'], rows);
}

/**
 * PLOVER GSR uses the 0.5 category names: DEMAND (CAMEO 02 and 10), DISAPPROVE (11), INVESTIGATE (09),
 * FIGHT (19); and the 0.5 table (openeventdata/PLOVER cameo/CAMEO-PLOV.txt) puts two codes elsewhere
 * than the 2021 mapping does: 163 (embargo, sanctions) under SANCTION, 1712 (destroy property) under COERCE.
 */
const PLOVER_05_CODES: Readonly<Record<string, string>> = { '163': 'SANCTION', '1712': 'COERCE' };

function ploverGsrCategory(code: string, cameo: Readonly<Record<string, CameoCode>>): string | undefined {
  const root = code.slice(0, 2);
  const byRoot: Record<string, string> = { '02': 'DEMAND', '10': 'DEMAND', '09': 'INVESTIGATE', '11': 'DISAPPROVE', '19': 'FIGHT' };
  if (root === '01') return undefined;
  return PLOVER_05_CODES[code.slice(0, 4)] ?? PLOVER_05_CODES[code.slice(0, 3)] ?? byRoot[root] ?? ploverOf(code, cameo) ?? undefined;
}

function petrarchTable(title: string, set: string, gold: readonly GoldSentence[], preds: readonly Predicted[][]): string {
  const root = emptyTally();
  const full = emptyTally();
  let noEvent = 0;
  let noEventClean = 0;
  gold.forEach((g, i) => {
    scoreSentence(root, preds[i]!, g.events, (c) => c.slice(0, 2));
    scoreSentence(full, preds[i]!, g.events, (c) => c);
    if (g.events.length === 0) {
      noEvent++;
      if (preds[i]!.length === 0) noEventClean++;
    }
  });
  headlineTally(`events.${set}.root`, root);
  headlineTally(`events.${set}.full`, full);
  const note = `sentences ${gold.length}; no-event sentences coded with no event: ${noEventClean}/${noEvent}`;
  return `${table(title, TALLY_HEADER, [tallyRow('CAMEO root', root), tallyRow('CAMEO full', full)])}\n${note}`;
}

/**
 * PLOVER writes one event per verb with lists of actors ("Hungary and Romania agreed": source [HUN, ROU]);
 * CAMEO coders write dyads (HUN->ROU, ROU->HUN). Merged, a verb's dyads of one category count once,
 * the dyad whose actors agree best with the gold standing for them.
 */
export function mergeDyads(preds: readonly Predicted[], gold: readonly GoldEvent[], key: (code: string) => string | undefined): Predicted[] {
  const fit = (p: Predicted): number =>
    Math.max(0, ...gold.map((g) => (actorHit(p.source, g.source, false) ? 1 : 0) + (actorHit(p.target, g.target, false) ? 1 : 0)));
  const best = new Map<string, Predicted>();
  for (const [i, p] of preds.entries()) {
    const k = `${p.verb ?? `alone${i}`}|${key(p.code)}`;
    const had = best.get(k);
    if (!had || fit(p) > fit(had)) best.set(k, p);
  }
  return [...best.values()];
}

function ploverTable(gold: readonly GoldSentence[], preds: readonly Predicted[][], cameo: Readonly<Record<string, CameoCode>>): string {
  const t = emptyTally();
  const merged = emptyTally();
  const key = (c: string): string | undefined => (/^\d/.test(c) ? ploverGsrCategory(c, cameo) : c);
  gold.forEach((g, i) => {
    scoreSentence(t, preds[i]!, g.events, key);
    scoreSentence(merged, mergeDyads(preds[i]!, g.events, key), g.events, key);
  });
  headlineTally('events.plover.category', t);
  headlineTally('events.plover.per-verb', merged);
  const statements = preds.flat().filter((p) => p.code.startsWith('01')).length;
  const rows = [tallyRow('PLOVER category', t), tallyRow('  one per verb', merged)];
  return `${table('PLOVER_GSR_CAMEO.txt (gold: PLOVER category; CAMEO root compared through it)', TALLY_HEADER, rows)}\nsentences ${gold.length}; CAMEO full code: n/a (the file has no CAMEO codes); ${statements} predicted 01x statements left out (no PLOVER category); "one per verb": a verb's dyads of one category merged into one event, as PLOVER records them`;
}

/** Which predicted events scoreSentence would match (same one-to-one rule), for the verbose listing's FP marks. */
function matchedFlags(preds: readonly Predicted[], gold: readonly GoldEvent[], key: (code: string) => string | undefined): boolean[] {
  const free = new Set(gold.map((_, i) => i));
  return preds.map((p) => {
    if (key(p.code) === undefined) return true;
    const pick = pickGold(p, gold, free, key);
    if (pick >= 0) free.delete(pick);
    return pick >= 0;
  });
}

/** Every sentence with gold and predicted events; `FP` marks a predicted event no gold event matched, `FN:n` counts unmatched gold. */
function verbose(name: string, gold: readonly GoldSentence[], preds: readonly Predicted[][], key: (code: string) => string | undefined): string {
  return gold
    .map((g, i) => {
      const flags = matchedFlags(preds[i]!, g.events, key);
      const fn = g.events.length - flags.filter((f, k) => f && key(preds[i]![k]!.code) !== undefined).length;
      const want = g.events.map((e) => `${e.source.join('/')} ${e.code} ${e.target.join('/')}`).join(' | ') || 'none';
      const got = preds[i]!.map((p, k) => `${flags[k] ? '' : 'FP '}${p.source} ${p.code} ${p.target} [${p.ruleId ?? ''}]`).join(' | ') || 'none';
      return `${name} ${g.id}${fn > 0 ? ` FN:${fn}` : ''}\n  ${g.text}\n  gold: ${want}\n  got:  ${got}`;
    })
    .join('\n');
}

/**
 * The learned event type (src/extract/events/classifier-gate.ts) off and on, whatever ENTENTE_LEARNED_EVENTS
 * says: precision and recall on each set, and the classifier's own accuracy on its held-out synthetic stories.
 */
function learnedTable(
  sets: { gsr: GoldSentence[]; plover: GoldSentence[]; unit: GoldSentence[] },
  dicts: { d: CompiledDictionaries; unitDicts: CompiledDictionaries },
  learned: LearnedTypes,
  ploverKey: (c: string) => string | undefined,
): string {
  const rows: string[][] = [];
  const score = (name: string, gold: readonly GoldSentence[], d: CompiledDictionaries, key: (c: string) => string | undefined): void => {
    const cells = [undefined, learned].map((l) => {
      const t = emptyTally();
      codeAll(gold, d, [], l).forEach((p, i) => scoreSentence(t, p, gold[i]!.events, key));
      const r3 = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
      return [t.predicted, t.matched, r3(t.matched, t.predicted), r3(t.matched, t.gold)];
    });
    rows.push([name, ...cells.flat().map(String)]);
  };
  score('PETR2 root', sets.gsr, dicts.d, (c) => c.slice(0, 2));
  score('PETR2 full', sets.gsr, dicts.d, (c) => c);
  score('PLOVER category', sets.plover, dicts.d, ploverKey);
  score('UnitTest root', sets.unit, dicts.unitDicts, (c) => c.slice(0, 2));
  const meta = (JSON.parse(readFileSync(DEFAULT_EVENT_CLASSIFIER, 'utf8')) as { meta?: { heldOut?: Record<string, number> } }).meta?.heldOut ?? {};
  const title = `Learned event type (ENTENTE_LEARNED_EVENTS=${learnedEventsOn() ? 'on' : 'off'} now; an event added where the grammar coded none, classifier >= ${learned.confident})`;
  const note = `classifier held-out accuracy (plover-synthetic, ${meta.stories ?? '?'} stories kept out): first sentence ${meta.firstSentenceAccuracy ?? '?'}, whole story ${meta.storyAccuracy ?? '?'}`;
  return `${table(title, ['set', 'off pred', 'off match', 'off P', 'off R', 'on pred', 'on match', 'on P', 'on R'], rows)}\n${note}`;
}

export async function run(options: { verbose?: boolean } = {}): Promise<void> {
  const dicts = loadEventDictionaries();
  const d = compileDictionaries(dicts);
  const learned = learnedTypes(loadEventTypeModel(), dicts.cameo);
  const on = learnedEventsOn() ? learned : undefined;
  const gsr = readPetrarchXml(readFileSync(join(SHARED, 'PETR2_GSR_validation.xml'), 'utf8'));
  const gsrStops: string[][] = [];
  const gsrPreds = codeAll(gsr, d, gsrStops, on);
  const plover = readPloverGsr(readFileSync(join(SHARED, 'PLOVER_GSR_CAMEO.txt'), 'utf8'));
  const ploverStops: string[][] = [];
  const ploverPreds = codeAll(plover, d, ploverStops, on);
  const ploverKey = (c: string): string | undefined => (/^\d/.test(c) ? ploverGsrCategory(c, dicts.cameo) : c);

  const unitText = (f: string): string => readFileSync(join(SHARED, f), 'utf8');
  const unitDicts = compileDictionaries(
    {
      actors: parseActorDictionary(unitText('PETR.Validate.actors.txt')),
      agents: parseAgentDictionary(unitText('PETR.Validate.agents.txt')),
      verbs: parseVerbDictionary(unitText('PETR.Validate.verbs.txt')),
      discards: parseDiscards(unitText('PETR.Validate.discards.txt')),
      cameo: dicts.cameo,
    },
    'petr-validate',
  );
  const unit = readPetrarchXml(unitText('PETR.UnitTest.records.xml'));
  const unitPreds = codeAll(unit, unitDicts, [], on);

  const out = [
    petrarchTable('PETR2_GSR_validation.xml (Phoenix + CAMEO.2.0 + entente additions)', 'petr2', gsr, gsrPreds),
    ploverTable(plover, ploverPreds, dicts.cameo),
    petrarchTable('PETR.UnitTest.records.xml (its own PETR.Validate.* dictionaries, fictional actors, mostly WEIS codes)', 'unittest', unit, unitPreds),
    'P precision, R recall; src/tgt: share of matched events whose source/target agrees by country (first 3 letters or gold prefix); src=/tgt=: the exact code.',
    learnedTable({ gsr, plover, unit }, { d, unitDicts }, learned, ploverKey),
    ruleTable('Grammar rules on PETR2_GSR (events: events the rule shaped, P: share the gold has at full CAMEO code)', gsr, gsrPreds, gsrStops, (c) => c),
    ruleTable('Grammar rules on PLOVER_GSR (P at PLOVER category)', plover, ploverPreds, ploverStops, ploverKey),
  ];
  process.stdout.write(`${out.join('\n\n')}\n`);
  if (options.verbose) {
    const root = (c: string): string => c.slice(0, 2);
    const category = (c: string): string | undefined => (/^\d/.test(c) ? ploverGsrCategory(c, dicts.cameo) : c);
    process.stdout.write(
      `\n${verbose('GSR', gsr, gsrPreds, root)}\n${verbose('PLOVER', plover, ploverPreds, category)}\n${verbose('UNIT', unit, unitPreds, root)}\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run({ verbose: process.argv.includes('--verbose') });
