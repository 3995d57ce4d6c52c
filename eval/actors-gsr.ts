/**
 * Actor codes against the event gold of PETR2 GSR (../shared/eval/PETR2_GSR_validation.xml, 78 real-news
 * sentences coded with the Phoenix dictionaries) and PLOVER GSR (PLOVER_GSR_CAMEO.txt, 322 sentences of the
 * CAMEO manual), run through the same actor stages as `ingest` (pipeline `analyze`, event coder left out).
 *
 * Matching, per sentence (PLOVER records with the same text are one sentence):
 * - gold: the distinct source and target codes of the sentence's events (PLOVER's code + sector, `HUN`+`GOV` ->
 *   `HUNGOV`; its `*` wildcards dropped). Codes without a country (`---LEG`) are left out and counted apart:
 *   no country part to score. Sentences with no coded event are left out (they carry no actor gold).
 * - found: the distinct CAMEO codes of every actor the stages find in the sentence (empty and `UNK` left out),
 *   the sentence analysed alone and dated to its gold date (an invalid one: the date of the sentence before).
 * - full code: a found code is right when it equals a gold code (`RUSGOV` = `RUSGOV`; `RUS` != `RUSGOV`).
 * - country: both sides cut to their first three letters (`RUS`, `USA`, `IGO`), compared as sets.
 * - words (PLOVER only, whose actors carry their words): a gold actor's words, found in the sentence (first
 *   occurrence, any case; the few not found are left out), are recalled when an actor's span overlaps them; a
 *   found actor is right when its span overlaps some gold actor's words. Codes play no part: this level tells
 *   a missed actor from a miscoded one.
 * Precision is a lower bound: the gold names only an event's participants, so a state the sentence merely
 * mentions ("refugees in Hungary") counts against it. Counts are summed over sentences (micro).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../src/core/time.js';
import type { StageContext } from '../src/extract/stage.js';
import { analyze } from '../src/pipeline/pipeline.js';
import { type GoldSentence, readPetrarchXml, readPloverGsr } from './event-gold.js';
import { headline } from './headline.js';

const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');

interface Count {
  sentences: number;
  /** Gold left out: codes without a country, or actor words not in the sentence. */
  noCountry: number;
  found: number;
  gold: number;
  /** Gold recalled. */
  right: number;
  /** Found that are right, where it differs from `right` (the words level: spans, not sets). */
  foundRight?: number;
}

type Level = 'country' | 'full' | 'words';
const count = (): Count => ({ sentences: 0, noCountry: 0, found: 0, gold: 0, right: 0 });

/** One sentence's gold codes: `*` dropped, codes without a country apart. */
function goldCodes(s: GoldSentence): { codes: Set<string>; noCountry: number } {
  const codes = new Set<string>();
  let noCountry = 0;
  for (const e of s.events)
    for (const raw of [...e.source, ...e.target]) {
      const c = raw.replace(/\*/g, '').trim();
      if (!c) continue;
      if (!/^[A-Z]{3}/.test(c)) noCountry++;
      else codes.add(c);
    }
  return { codes, noCountry };
}

function tally(t: Count, found: ReadonlySet<string>, gold: ReadonlySet<string>): void {
  t.found += found.size;
  t.gold += gold.size;
  for (const c of found) if (gold.has(c)) t.right++;
}

/** Sentences with the same text (PLOVER codes one event a record) merged into one with all their events. */
function merged(sentences: readonly GoldSentence[]): GoldSentence[] {
  const byText = new Map<string, GoldSentence>();
  for (const s of sentences) {
    const had = byText.get(s.text);
    byText.set(s.text, had ? { ...had, events: [...had.events, ...s.events] } : s);
  }
  return [...byText.values()];
}

/** PLOVER's actor words by sentence text: `{ actorText }` of every source and target. */
function ploverWords(json: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of JSON.parse(json) as { text?: unknown; source?: unknown; target?: unknown }[]) {
    if (typeof r.text !== 'string') continue;
    const words = [r.source, r.target]
      .flatMap((x) => (Array.isArray(x) ? x : []))
      .flatMap((a: { actorText?: unknown }) => (typeof a?.actorText === 'string' ? [a.actorText] : []));
    out.set(r.text.trim(), [...(out.get(r.text.trim()) ?? []), ...words]);
  }
  return out;
}

function tallyWords(t: Count, text: string, words: readonly string[], actors: readonly { start: number; end: number }[]): void {
  const lower = text.toLowerCase();
  const spans: { start: number; end: number }[] = [];
  for (const w of new Set(words)) {
    const at = lower.indexOf(w.toLowerCase());
    if (at < 0 || w.trim() === '') t.noCountry++;
    else spans.push({ start: at, end: at + w.length });
  }
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  t.gold += spans.length;
  t.right += spans.filter((g) => actors.some((a) => overlaps(a, g))).length;
  t.found += actors.length;
  t.foundRight = (t.foundRight ?? 0) + actors.filter((a) => spans.some((g) => overlaps(a, g))).length;
}

function scoreFile(
  name: string,
  sentences: readonly GoldSentence[],
  ctx: StageContext,
  verbose: boolean,
  words?: ReadonlyMap<string, readonly string[]>,
): Partial<Record<Level, Count>> {
  const country = count();
  const full = count();
  const text = count();
  let day = '2000-01-01';
  for (const s of merged(sentences)) {
    // One PETR2 record is dated `121108`: a sentence with no valid date takes the one before it.
    if (/^\d{4}-\d\d-\d\d$/.test(s.date) && !Number.isNaN(Date.parse(s.date))) day = s.date;
    if (s.events.length === 0) continue;
    const { codes, noCountry } = goldCodes(s);
    const a = analyze(
      { id: s.id, title: null, authors: [], published: day as IsoDate, dateEstimated: false, url: null, captions: [], text: s.text, warnings: [] },
      ctx,
    );
    const found = new Set(a.actors.map((x) => x.cameo.trim().toUpperCase()).filter((c) => c !== '' && c !== 'UNK'));
    for (const t of [country, full]) {
      t.sentences++;
      t.noCountry += noCountry;
    }
    tally(full, found, codes);
    const root = (xs: Iterable<string>) => new Set([...xs].map((c) => c.slice(0, 3)));
    tally(country, root(found), root(codes));
    if (words) {
      text.sentences++;
      tallyWords(text, s.text, words.get(s.text) ?? [], a.actors);
    }
    if (verbose) console.log(`${name} ${s.id}: gold [${[...codes].join(' ')}] found [${[...found].join(' ')}]`);
  }
  return words ? { country, full, words: text } : { country, full };
}

const f2 = (x: number) => x.toFixed(2).padStart(6);

/** Scores both files, prints one table and reports `actors.<file>.<level>.precision|recall`. */
export function scoreGsrActors(ctx: StageContext, verbose = false): string[] {
  const plover = readFileSync(join(EVAL, 'PLOVER_GSR_CAMEO.txt'), 'utf8');
  const files: [string, GoldSentence[], Map<string, string[]> | undefined][] = [
    ['petr2', readPetrarchXml(readFileSync(join(EVAL, 'PETR2_GSR_validation.xml'), 'utf8')), undefined],
    ['plover', readPloverGsr(plover), ploverWords(plover)],
  ];
  const out = [
    'actor codes per sentence against PETR2 GSR and PLOVER GSR event actors (precision a lower bound: gold names participants only)',
    `${'file'.padEnd(8)} ${'level'.padEnd(8)} ${'sent'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'prec'.padStart(6)} ${'gold'.padStart(6)} ${'rec'.padStart(6)} ${'left out'.padStart(8)}`,
  ];
  for (const [name, sentences, words] of files) {
    const levels = scoreFile(name, sentences, ctx, verbose, words);
    for (const level of ['country', 'full', 'words'] as const) {
      const t = levels[level];
      if (!t) continue;
      const p = t.found ? (t.foundRight ?? t.right) / t.found : 0;
      const r = t.gold ? t.right / t.gold : 0;
      headline(`actors.${name}.${level}.precision`, p);
      headline(`actors.${name}.${level}.recall`, r);
      out.push(
        `${name.padEnd(8)} ${level.padEnd(8)} ${String(t.sentences).padStart(5)} ${String(t.found).padStart(6)} ${String(t.foundRight ?? t.right).padStart(6)} ${f2(p)} ${String(t.gold).padStart(6)} ${f2(r)} ${String(t.noCountry).padStart(8)}`,
      );
    }
  }
  return out;
}
