import type { Entity } from '../core/entity.js';
import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { EventCoder } from '../extract/event-coder.js';
import { EntenteError } from '../core/errors.js';
import {
  codeOn,
  codeSentenceLearned,
  compileDictionaries,
  learnedTypes,
  type CompiledDictionaries,
  type DatedCode,
  type EventDictionaries,
  type LearnedTypes,
} from '../extract/events/index.js';
import { loadEventDictionaries } from './dictionary-files.js';
import { loadEventTypeModel } from './event-classifier-file.js';

/** The CAMEO coder of extract/events/ behind the pipeline's EventCoder seam, fed the pipeline's own actors. */
function cameoEventCoder(d: CompiledDictionaries, learned?: LearnedTypes): EventCoder {
  return {
    name: 'cameo',
    code(s) {
      const mentions = s.actors.map((a) => ({ start: a.start, end: a.end, code: a.code, id: a.id }));
      const events = codeSentenceLearned(
        { text: s.text, tokens: s.tokens, date: s.date, mentions, knownActorsOnly: true, ...(s.country ? { country: s.country } : {}) },
        d,
        learned,
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
  return { coder: cameoEventCoder(compileDictionaries(dictionaries), types), actorCode: actorCodesFrom(dictionaries) };
}
