import { ACTOR_RULES } from './actor-rules.js';
import { DOMESTIC_RULES } from './domestic-rules.js';
import type { Additions, DocumentedRule } from '../types.js';
import { NOUN_INFINITIVE } from '../verb-phrases.js';
import { EVENT } from './event-rules.js';
import { PRECISION, PRECISION_STOPS } from './precision-rules.js';
import { RECALL } from './recall-rules.js';
import { TARGET_RULES } from './target-senses.js';
import { SPEECH_RULES } from './speech-senses.js';
import type { GrammarRule } from './rule.js';
import { VERB_SENSES } from './verb-senses.js';
import { VERB_STOPS } from './verb-stops.js';

/** Rows of the grammar table without their `applies` (what `--explain` and the docs print). */
const row = ({ id, effect, example, reason }: GrammarRule): GrammarRule => ({ id, effect, example, reason });

/**
 * The one table of the coder's grammar: every rule that decides whether a verb codes an event, with which code,
 * between whom, by id, with an invented example and its reason. The mood rules (intent, negation, demand,
 * allegation, state agent, target-less protests) keep their word lists in data/dictionaries/entente-additions.json
 * and come from there, with the example and reason written beside them. A new rule is one row here (or in the
 * file its stage reads) and one row in test/unit/events-rules.test.ts.
 */
export function grammarTable(additions?: Additions): GrammarRule[] {
  const rows: GrammarRule[] = [
    ...VERB_STOPS,
    NOUN_INFINITIVE,
    ...PRECISION_STOPS,
    ...Object.values(EVENT),
    ...Object.values(PRECISION),
    ...Object.values(RECALL),
    ...Object.values(TARGET_RULES),
    ...Object.values(SPEECH_RULES),
    ...VERB_SENSES,
    ...Object.values(ACTOR_RULES),
    ...Object.values(DOMESTIC_RULES),
  ].map(row);
  const seen = new Set(rows.map((r) => r.id));
  for (const [rule, effect] of moodRules(additions)) {
    if (!rule || seen.has(rule.id)) continue;
    seen.add(rule.id);
    rows.push({ id: rule.id, effect, example: rule.example, reason: rule.why });
  }
  return rows;
}

function moodRules(a: Additions | undefined): [DocumentedRule | undefined, GrammarRule['effect']][] {
  return [
    [a?.intent, 'code'],
    [a?.negation, 'code'],
    [a?.demand, 'code'],
    [a?.allegation, 'code'],
    [a?.stateAgent, 'role'],
    [a?.policeAgent, 'role'],
    [a?.areaAct, 'role'],
    [a?.targetless, 'role'],
  ];
}
