import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { Actor, ProposedFact, Sentence } from './analysis.js';
import { membershipChanges, treatyChanges } from './membership-changes.js';
import { officeChanges } from './office-changes.js';
import { baseChanges } from './base-changes.js';
import { stateListAfter, stateListBefore } from './lists.js';
import type { NewsGraph } from './news-graph.js';
import { FACT_RULES, type FactRule } from './rules/fact-rules.js';
import { bySentence } from './span-index.js';
import type { Draft, Stage } from './stage.js';

const isBody = (a: Actor) => a.type === 'organization' || a.type === 'alliance';

/** The organization a clause is about: the nearest one named before `at` in the sentence. */
export function bodyBefore(actors: readonly Actor[], s: Sentence, at: number): Actor | undefined {
  return actors.filter((a) => a.sentence === s.index && a.end <= at && isBody(a)).pop();
}

function firstActor(actors: readonly Actor[], s: Sentence, ok: (a: Actor) => boolean): Actor | undefined {
  return actors.find((a) => a.sentence === s.index && ok(a));
}

interface Found {
  readonly rule: FactRule;
  readonly m: RegExpExecArray;
  readonly start: number;
  readonly end: number;
}

/** The agreement a phrase ("a free trade agreement ... with other Pact states") means: one the state is party to on the day. */
function resolveAgreement(
  graph: NewsGraph,
  state: string,
  phrase: string,
  s: Sentence,
  actors: readonly Actor[],
  on: IsoDate,
): { id: string; stage: string | null } | null {
  const named = firstActor(actors, s, (a) => a.type === 'agreement');
  if (named) return { id: named.id, stage: null };
  const words = new Set(
    nameKey(phrase)
      .split(' ')
      .filter((w) => w.length > 3 && !['agreement', 'treaty'].includes(w)),
  );
  const bodies = actors.filter((a) => a.sentence === s.index && isBody(a)).map((a) => nameKey(a.text));
  const scored = graph
    .facts({ predicate: 'party_to', subject: state, on })
    .map((f) => {
      const key = nameKey(graph.entity(f.object)?.name ?? f.object);
      const score = [...words].filter((w) => key.includes(w)).length + bodies.filter((b) => key.includes(b)).length;
      return { id: f.object, stage: String(f.qualifiers.stage ?? ''), score, from: f.valid.from };
    })
    .filter((c) => c.score > 0)
    // "it has signed" but is asked to ratify: an agreement signed and not in force for it, the latest first.
    .sort((a, b) => b.score - a.score || Number(b.stage === 'signed') - Number(a.stage === 'signed') || (a.from < b.from ? 1 : -1));
  return scored[0] ?? null;
}

function factsOfMatch(f: Found, s: Sentence, actors: readonly Actor[], graph: NewsGraph, on: IsoDate): ProposedFact[] {
  const { rule, m } = f;
  const base = { ruleId: rule.id, confidence: rule.confidence };
  const one = (
    predicate: ProposedFact['predicate'],
    subject: string,
    object: string,
    start: number,
    end: number,
    qualifiers: ProposedFact['qualifiers'] = {},
  ): ProposedFact => ({
    ...base,
    predicate,
    subject,
    object,
    qualifiers,
    start,
    end,
    text: s.text.slice(start - s.start, end - s.start),
  });
  switch (rule.kind) {
    case 'member-list': {
      const org = bodyBefore(actors, s, f.start);
      const list = org && stateListAfter(s, actors, f.end, 10);
      if (!org || !list) return [];
      const also = actors.find(
        (a) => a.sentence === s.index && isBody(a) && a.start >= f.end && a.end <= list.items[0]!.start && /members of/i.test(list.lead),
      );
      const q = { list: `${rule.id}@${f.start}`, listed: list.items.length, ...(also ? { alsoMembersOf: also.id } : {}) };
      return list.items.map((st) => one('member_of', st.id, org.id, org.start, list.end, q));
    }
    case 'org-of-list': {
      return actors
        .filter((a) => a.sentence === s.index && isBody(a) && s.text.startsWith(' of ', a.end - s.start))
        .flatMap((org) => {
          const list = stateListAfter(s, actors, org.end + 4, 0);
          if (!list) return [];
          const q = { list: `${rule.id}@${org.start}`, listed: list.items.length };
          return list.items.map((st) => one('member_of', st.id, org.id, org.start, list.end, q));
        });
    }
    case 'force-size': {
      const subject = firstActor(actors, s, (a) => isBody(a) || a.type === 'state');
      return subject ? [one('force_size', subject.id, m[1]!.replace(/[,.]/g, ''), f.start, f.end, { unit: 'soldiers' })] : [];
    }
    case 'hosts-bases': {
      // ", which host ...": the clause starts at the comma before it, or at the spaces.
      let start = f.start;
      while (start > s.start && /\s/.test(s.text[start - s.start - 1]!)) start--;
      if (start > s.start && s.text[start - s.start - 1] === ',') start--;
      const user = actors.find((a) => a.sentence === s.index && a.type === 'state' && a.start >= start && a.end <= f.end);
      const list = stateListBefore(s, actors, start);
      if (!user || !list) return [];
      return list.items.filter((h) => h.id !== user.id).map((h) => one('hosts_base_of', h.id, user.id, list.start, f.end, { list: `${rule.id}@${start}` }));
    }
    case 'signed-not-ratified': {
      const state = actors.filter((a) => a.sentence === s.index && a.end <= f.start && (a.type === 'state' || a.type === 'government')).pop();
      if (!state) return [];
      const phrase = m[1] ?? m[2] ?? '';
      const agreement = resolveAgreement(graph, state.state ?? state.id, phrase, s, actors, on);
      const object = agreement?.id ?? `phrase:${nameKey(phrase) || 'agreement'}`;
      return [one('party_to', state.state ?? state.id, object, state.start, f.end, { stage: 'signed', ratified: false, phrase: phrase.trim() })];
    }
    case 'founded': {
      const org = bodyBefore(actors, s, f.start);
      return org ? [one('founded_in', org.id, m[1]!, org.start, f.end)] : [];
    }
    case 'collective-defence': {
      const org = firstActor(actors, s, isBody);
      return org ? [one('has_provision', org.id, 'collective_defence', f.start, f.end)] : [];
    }
    default:
      return [];
  }
}

/** Facts the article states, each with its span, rule and confidence; proposed to the graph, never asserted. */
function findFacts(draft: Draft, graph: NewsGraph): ProposedFact[] {
  const out: ProposedFact[] = [];
  // Every rule reads the actors of its own sentence; handing it only those keeps a long article linear.
  const actorsOf = bySentence(draft.actors);
  const datesOf = bySentence(draft.dates);
  for (const s of draft.sentences) {
    const actors = actorsOf(s.index);
    out.push(...membershipChanges(s, actors, datesOf(s.index), draft.article.published));
    out.push(...treatyChanges(s, actors, datesOf(s.index), draft.article.published));
    out.push(...officeChanges(s, actors, datesOf(s.index), draft.article.published));
    out.push(...baseChanges(s, actors, datesOf(s.index), draft.article.published));
    const lower = s.text.toLowerCase();
    for (const rule of FACT_RULES) {
      if (rule.kind === 'member-count' || !rule.hints.some((h) => lower.includes(h))) continue;
      if (rule.kind === 'org-of-list') {
        if (s.text.includes(' of '))
          out.push(...factsOfMatch({ rule, m: [] as unknown as RegExpExecArray, start: s.start, end: s.start }, s, actors, graph, draft.article.published));
        continue;
      }
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
        out.push(...factsOfMatch({ rule, m, start: s.start + m.index, end: s.start + m.index + m[0].length }, s, actors, graph, draft.article.published));
      }
    }
  }
  return out;
}

export const factsStage: Stage = {
  name: 'facts',
  run: (draft, ctx) => ({ ...draft, facts: findFacts(draft, ctx.graph) }),
};
