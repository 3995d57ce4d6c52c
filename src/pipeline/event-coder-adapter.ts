import type { Entity } from '../core/entity.js';
import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { EventCoder, NamedGroup } from '../extract/event-coder.js';
import { EntenteError } from '../core/errors.js';
import {
  codeOn,
  codeSentenceLearned,
  compileDictionaries,
  formatExplanation,
  grammarTable,
  learnedTypes,
  type CompiledDictionaries,
  type DatedCode,
  type EventDictionaries,
  type LearnedTypes,
} from '../extract/events/index.js';
import { DATE_CARRY_RULES } from '../extract/event-date-carry.js';
import { loadEventDictionaries } from './dictionary-files.js';
import { PERSON_ID } from '../extract/gazetteer.js';
import { HONORIFICS, TITLES } from '../extract/rules/title-rules.js';
import { ROLE_NOUNS } from '../extract/rules/role-nouns.js';
import { loadEventTypeModel } from './event-classifier-file.js';

/** The CAMEO coder of extract/events/ behind the pipeline's EventCoder seam, fed the pipeline's own actors. */
function cameoEventCoder(d: CompiledDictionaries, learned?: LearnedTypes): EventCoder {
  return {
    name: 'cameo',
    code(s, trace) {
      const mentions = s.actors.map((a) => ({ start: a.start, end: a.end, code: a.code, id: a.id }));
      const events = codeSentenceLearned(
        { text: s.text, tokens: s.tokens, date: s.date, mentions, knownActorsOnly: true, oneWay: true, country: s.country ? s.country : undefined },
        d,
        // The classifier adds events only where the actor stage found an actor (as measured, README "A learned event
        // type"); a sentence coded only for its home country's roles gets the grammar's events alone.
        s.actors.length > 0 ? learned : undefined,
        trace,
      );
      return events.map((e) => ({
        source: e.source,
        target: e.targetSpan === null ? null : e.target,
        sourceId: e.sourceId ?? null,
        targetId: e.targetId ?? null,
        cameo: e.cameo,
        plover: e.plover,
        ruleId: e.ruleId,
        rules: e.rules,
        sourceSpan: e.sourceSpan,
        targetSpan: e.targetSpan,
        verb: e.verbSpan,
      }));
    },
  };
}

/**
 * CAMEO codes for graph entities that are not states: the project's additions by graph id, else the
 * Phoenix actor dictionary by the entity's name or aliases (NATO -> IGOWSTNAT). States keep their ISO code.
 */
export function actorCodesFrom(d: EventDictionaries): (entity: Entity, on: IsoDate) => string | undefined {
  const byEntity = new Map<string, readonly DatedCode[]>();
  for (const a of d.additions?.actors ?? []) if (a.entity) byEntity.set(a.entity, a.codes);
  const byPhrase = new Map<string, readonly DatedCode[]>();
  for (const a of [...(d.additions?.actors ?? []), ...d.actors]) for (const p of a.phrases) if (!byPhrase.has(nameKey(p))) byPhrase.set(nameKey(p), a.codes);
  const lookup = (entity: Entity, on: IsoDate): string | undefined => {
    const own = byEntity.get(entity.id);
    if (own) return codeOn(own, on);
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const codes = byPhrase.get(nameKey(name));
      if (codes) return codeOn(codes, on);
    }
    return undefined;
  };
  // Every mention of NATO asked again, normalising each of its aliases: the answers are kept instead (and
  // dropped wholesale past a size a long-running server could reach with many days).
  let cache = new Map<string, string | null>();
  return (entity, on) => {
    if (entity.kind === 'state' || entity.kind === 'person') return undefined;
    const key = `${entity.id}|${on}`;
    let code = cache.get(key);
    if (code === undefined) {
      if (cache.size > 50_000) cache = new Map();
      cache.set(key, (code = lookup(entity, on) ?? null));
    }
    return code ?? undefined;
  };
}

/**
 * The setting ENTENTE_LEARNED_EVENTS: `on` (the default) lets the sentence classifier of data/event-classifier add
 * an event where the grammar found actors but coded none (src/extract/events/classifier-gate.ts); `off` leaves
 * the grammar alone.
 */
export function learnedEventsOn(value = process.env.ENTENTE_LEARNED_EVENTS): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new EntenteError('BAD_INPUT', `ENTENTE_LEARNED_EVENTS: expected "on" or "off", found "${value}"`);
}

/** The coder and actor codes from the dictionaries in `dir` (data/dictionaries by default); read once, on first use. */
export function loadCameoCoder(
  dir?: string,
  learned = learnedEventsOn(),
): { coder: EventCoder; actorCode: (entity: Entity, on: IsoDate) => string | undefined } {
  const dictionaries = loadEventDictionaries(dir);
  const types = learned ? learnedTypes(loadEventTypeModel(), dictionaries.cameo) : undefined;
  const compiled = compileDictionaries(dictionaries);
  return {
    coder: {
      ...cameoEventCoder(compiled, types),
      // The events stage's date rules (event-date-carry.ts) name themselves in an event's rules too.
      explanationLines: (text, sentences) => formatExplanation(text, sentences, [...grammarTable(dictionaries.additions), ...DATE_ROWS], compiled),
      groups: namedGroups(dictionaries),
      people: dictionaryPeople(dictionaries),
      agents: [...(dictionaries.additions?.agents ?? []), ...dictionaries.agents],
      areaWords: dictionaries.additions?.areaAct?.nouns ?? [],
    },
    actorCode: actorCodesFrom(dictionaries),
  };
}

/** Codes of non-state armed groups: international militarized groups (IMG...) and rebels, insurgents, separatists. */
const GROUP_CODE = /^(?:IMG[A-Z]{3,6}|[A-Z]{3}(?:REB|INS|SEP)[A-Z]{0,3})$/;

const titleCase = (phrase: string) => phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** A Phoenix group's name: its first phrase of several words ("Kurdistan Workers Party"), else its acronym in capitals. */
function groupName(phrases: readonly string[]): string {
  const full = phrases.find((p) => p.includes(' ')) ?? phrases[0]!;
  return /^[a-z]{2,4}$/.test(full) ? full.toUpperCase() : titleCase(full);
}

/**
 * The groups the actor stage takes from the dictionaries: the project's own actors that no graph entity stands for
 * (the SDF, the Houthis, Wagner), then every Phoenix entry all of whose codes are an armed group's.
 */
export function namedGroups(d: EventDictionaries): NamedGroup[] {
  const out: NamedGroup[] = [];
  for (const a of d.additions?.actors ?? [])
    if (!a.entity) out.push({ id: `group:${a.id}`, name: a.name ?? titleCase(a.phrases[0]!), phrases: a.phrases, codes: a.codes });
  for (const a of d.actors) {
    if (a.codes.length > 0 && a.codes.every((c) => GROUP_CODE.test(c.code)))
      out.push({ id: `group:${nameKey(a.phrases[0]!).replace(/ /g, '-')}`, name: groupName(a.phrases), phrases: a.phrases, codes: a.codes });
  }
  return out;
}

/** A state's code ("IND", "INDGOVMIL"): three letters that are no sector (NGO, IGO, MNC...). */
const NON_STATE = /^(?:NGO|MNC|IGO|IMG|UAF|REB|SPY|INS)/;

/** The head words of the titles and role nouns ("minister", "president") and the honorifics. */
const TITLE_HEADS: ReadonlySet<string> = new Set([
  ...[...TITLES.flatMap((t) => t.words), ...ROLE_NOUNS.flatMap((r) => r.words)].map((w) => w.split(' ').at(-1)!),
  ...HONORIFICS,
]);

/**
 * The people the actor stage takes from the dictionaries: Phoenix entries with a dated code (a person's offices)
 * whose codes all name one state, by their phrases of two words or more ("george fernandes"; not "fernandes").
 */
export function dictionaryPeople(d: EventDictionaries): NamedGroup[] {
  const out: NamedGroup[] = [];
  for (const a of d.actors) {
    if (!a.codes.some((c) => c.from !== undefined || c.to !== undefined)) continue;
    const states = new Set(a.codes.map((c) => c.code.slice(0, 3)));
    const state = [...states][0]!;
    if (states.size !== 1 || NON_STATE.test(state)) continue;
    // "prime minister a b rao", "chief minister c d das": a phrase with a title is the title's reading, no name.
    const phrases = a.phrases.filter((p) => p.trim().includes(' ') && !p.split(/\s+/).some((w) => TITLE_HEADS.has(w)));
    if (phrases.length > 0) out.push({ id: `${PERSON_ID}${nameKey(phrases[0]!).replace(/ /g, '-')}`, name: titleCase(phrases[0]!), phrases, codes: a.codes });
  }
  return out;
}

/** The date carry rules as rows of the explanation's table: they change no code, they date the event. */
const DATE_ROWS = Object.values(DATE_CARRY_RULES).map((r) => ({ ...r, effect: 'role' as const }));
