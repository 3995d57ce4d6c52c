import type { Fact } from '../core/fact.js';
import { addDays, OPEN_END, type IsoDate } from '../core/time.js';
import type { Actor, Claim, ProposedFact, Sentence } from './analysis.js';
import { bodyBefore } from './facts.js';
import type { NewsGraph } from './news-graph.js';
import { FACT_RULES, NUMBER_WORDS } from './rules/fact-rules.js';
import { bySentence } from './span-index.js';
import type { Draft, Stage } from './stage.js';

const COUNT_RULE = FACT_RULES.find((r) => r.kind === 'member-count')!;

function names(graph: NewsGraph, ids: readonly string[]): string {
  return ids.map((id) => `${graph.entity(id)?.name ?? id} (${id})`).join(', ');
}

const PRECISION_RANK: Record<string, number> = { day: 0, month: 1, year: 2 };

/** One fact per member: several datasets may record the same membership; the most precise one speaks. */
function membersOn(graph: NewsGraph, org: string, on: IsoDate): Fact[] {
  const best = new Map<string, Fact>();
  for (const f of graph.facts({ predicate: 'member_of', object: org, on })) {
    if ((f.status ?? 'member') !== 'member') continue;
    const had = best.get(f.subject);
    if (!had || (PRECISION_RANK[f.precision] ?? 3) < (PRECISION_RANK[had.precision] ?? 3)) best.set(f.subject, f);
  }
  return [...best.values()];
}

function claim(c: Omit<Claim, 'flag' | 'names' | 'evidence'> & Partial<Pick<Claim, 'flag' | 'names' | 'evidence'>>): Claim {
  return { flag: null, names: [], evidence: [], ...c };
}

/** A listed membership ("whose members include A, B and C") checked against the graph's members on the day. */
function checkList(group: readonly ProposedFact[], graph: NewsGraph, on: IsoDate): Claim {
  const f = group[0]!;
  const org = f.object;
  const members = membersOn(graph, org, on);
  const base = { text: f.text, start: f.start, end: f.end, ruleId: `claim.${f.ruleId}` };
  if (graph.facts({ predicate: 'member_of', object: org }).length === 0) {
    return claim({ ...base, status: 'unverifiable', explanation: `the graph has no membership data for ${org}` });
  }
  const listed = group.map((g) => g.subject);
  const wrong = listed.filter((id) => !members.some((m) => m.subject === id));
  if (wrong.length > 0) {
    return claim({
      ...base,
      status: 'contradicted',
      names: wrong,
      explanation: `on ${on} ${names(graph, wrong)} ${wrong.length === 1 ? 'is' : 'are'} not a member of ${org} in the graph`,
    });
  }
  return claim({
    ...base,
    status: 'supported',
    evidence: members.filter((m) => listed.includes(m.subject)).map((m) => m.id),
    explanation: `on ${on} the graph has ${names(graph, listed)} as members of ${org}`,
  });
}

/** Who left or joined lately, which often explains a stale count: "; Georgia (GEO) left on 2009-08-18". */
function changes(graph: NewsGraph, org: string, current: readonly string[], on: IsoDate): string {
  const all = graph.facts({ predicate: 'member_of', object: org }).filter((f) => (f.status ?? 'member') === 'member');
  const left = all
    .filter((f) => f.valid.to < on && !current.includes(f.subject))
    .sort((a, b) => (a.valid.to < b.valid.to ? 1 : -1))
    .slice(0, 3);
  const joined = all.filter((f) => f.valid.from <= on && current.includes(f.subject) && f.valid.from > addDays(on, -3 * 365)).slice(0, 3);
  const parts = [
    ...left.map((f) => `${graph.entity(f.subject)?.name ?? f.subject} (${f.subject}) left on ${f.valid.to}`),
    ...joined.map((f) => `${graph.entity(f.subject)?.name ?? f.subject} (${f.subject}) joined on ${f.valid.from}`),
  ];
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}

/** "a group of seven ... states": the number against the graph's count, and against the list the article gives. */
function checkCount(
  s: Sentence,
  m: RegExpExecArray,
  actors: readonly Actor[],
  lists: Map<string, ProposedFact[][]>,
  graph: NewsGraph,
  on: IsoDate,
): Claim | null {
  const word = (m[1] ?? m[2])!.toLowerCase();
  const n = NUMBER_WORDS[word] ?? Number(word);
  const start = s.start + m.index;
  const end = start + m[0].length;
  const org =
    bodyBefore(actors, s, start) ?? actors.find((a) => a.sentence === s.index && a.start >= end && (a.type === 'organization' || a.type === 'alliance'));
  if (!org || !Number.isFinite(n)) return null;
  const base = { text: m[0].trim(), start, end, ruleId: COUNT_RULE.id };
  const members = membersOn(graph, org.id, on);
  if (members.length === 0) return claim({ ...base, status: 'unverifiable', explanation: `the graph has no members of ${org.id} on ${on}` });
  const ids = members.map((f) => f.subject);
  const evidence = members.map((f) => f.id);
  if (members.length !== n) {
    return claim({
      ...base,
      status: 'contradicted',
      evidence,
      explanation: `the article says ${word}; on ${on} the graph has ${members.length} members of ${org.id}: ${names(graph, ids)}${changes(graph, org.id, ids, on)}`,
    });
  }
  const list = (lists.get(org.id) ?? []).find((g) => g.length < n);
  if (list) {
    const listed = list.map((f) => f.subject);
    const omitted = members.filter((f) => !listed.includes(f.subject));
    const spans = omitted
      .map(
        (f) =>
          `${graph.entity(f.subject)?.name ?? f.subject} (${f.subject}, member ${f.valid.to === OPEN_END ? `since ${f.valid.from}` : `${f.valid.from} to ${f.valid.to}`})`,
      )
      .join(', ');
    return claim({
      ...base,
      status: 'contradicted',
      flag: 'incomplete_list',
      names: omitted.map((f) => f.subject),
      evidence,
      explanation: `the article says ${word} and lists ${list.length} (${listed.join(', ')}); on ${on} the graph has ${members.length} members of ${org.id}; the list omits ${spans}`,
    });
  }
  return claim({ ...base, status: 'supported', evidence, explanation: `on ${on} the graph has ${n} members of ${org.id}: ${names(graph, ids)}` });
}

function checkFact(f: ProposedFact, graph: NewsGraph, on: IsoDate): Claim | null {
  const base = { text: f.text, start: f.start, end: f.end, ruleId: `claim.${f.ruleId}` };
  switch (f.predicate) {
    case 'hosts_base_of': {
      const found = graph.facts({ predicate: 'hosts_base_of', subject: f.subject, object: f.object, on });
      return found.length > 0
        ? claim({ ...base, status: 'supported', evidence: found.map((x) => x.id), explanation: `on ${on} the graph has a ${f.object} base in ${f.subject}` })
        : claim({ ...base, status: 'unverifiable', explanation: `the graph records no ${f.object} base in ${f.subject} on ${on}` });
    }
    case 'party_to': {
      const found = finestFirst(graph.facts({ predicate: 'party_to', subject: f.subject, object: f.object, on }));
      const inForce = found.find((x) => x.qualifiers.stage === 'in_force' || x.qualifiers.stage === 'ratified');
      if (inForce)
        return claim({
          ...base,
          status: 'contradicted',
          evidence: [inForce.id],
          explanation: `on ${on} the graph has ${f.subject} bound by ${f.object} (${inForce.qualifiers.stage} since ${inForce.valid.from})`,
        });
      const signed = found.find((x) => x.qualifiers.stage === 'signed');
      return signed
        ? claim({
            ...base,
            status: 'supported',
            evidence: [signed.id],
            explanation: `on ${on} the graph has ${f.subject} a signatory of ${f.object} (since ${signed.valid.from}), not bound by it`,
          })
        : claim({ ...base, status: 'unverifiable', explanation: `the graph has no record of ${f.subject} and ${f.object} on ${on}` });
    }
    case 'founded_in': {
      const e = graph.entity(f.subject);
      const founded = e?.attrs.founded;
      if (founded === undefined || founded === null)
        return claim({ ...base, status: 'unverifiable', explanation: `the graph has no founding date for ${f.subject}` });
      if (String(founded).slice(0, 4) === f.object)
        return claim({ ...base, status: 'supported', explanation: `the graph has ${f.subject} founded on ${String(founded)}` });
      // An organization born of a treaty is often said to be "founded" in the treaty's year.
      const treaty = typeof e?.attrs.treaty === 'string' ? graph.entity(e.attrs.treaty) : undefined;
      const phases = treaty?.attrs.phases as { from: string }[] | undefined;
      const treatyDate = String(treaty?.attrs.signed ?? phases?.[0]?.from ?? '');
      if (treaty && treatyDate.slice(0, 4) === f.object) {
        return claim({
          ...base,
          status: 'supported',
          explanation: `the graph dates ${f.subject} from ${String(founded)}; its founding treaty ${treaty.id} (${treaty.name}) dates from ${treatyDate}`,
        });
      }
      return claim({
        ...base,
        status: 'contradicted',
        explanation: `the graph has ${f.subject} founded on ${String(founded)}${treaty ? ` (founding treaty ${treaty.id} from ${treatyDate})` : ''}`,
      });
    }
    case 'force_size':
      return claim({ ...base, status: 'unverifiable', explanation: 'the graph holds no force sizes' });
    default:
      return null;
  }
}

/** Claims the article makes that the graph can check on the article's date: supported, contradicted or unverifiable. */
function checkClaims(draft: Draft, graph: NewsGraph): Claim[] {
  const on = draft.article.published;
  const lists = new Map<string, ProposedFact[][]>();
  const groups = new Map<string, ProposedFact[]>();
  for (const f of draft.facts) {
    if (f.predicate !== 'member_of' || typeof f.qualifiers.list !== 'string') continue;
    const g = groups.get(f.qualifiers.list) ?? [];
    g.push(f);
    groups.set(f.qualifiers.list, g);
  }
  for (const g of groups.values()) {
    const of = lists.get(g[0]!.object);
    if (of) of.push(g);
    else lists.set(g[0]!.object, [g]);
  }
  const out: Claim[] = [];
  // A count is checked against the actors of its own sentence only.
  const actorsOf = bySentence(draft.actors);
  for (const s of draft.sentences) {
    COUNT_RULE.pattern.lastIndex = 0;
    for (let m = COUNT_RULE.pattern.exec(s.text); m; m = COUNT_RULE.pattern.exec(s.text)) {
      const c = checkCount(s, m, actorsOf(s.index), lists, graph, on);
      if (c) out.push(c);
    }
  }
  for (const g of groups.values()) out.push(checkList(g, graph, on));
  for (const f of draft.facts) {
    const c = checkFact(f, graph, on);
    if (c) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const claimsStage: Stage = {
  name: 'claims',
  run: (draft, ctx) => ({ ...draft, claims: checkClaims(draft, ctx.graph) }),
};

const PRECISION_ORDER = ['day', 'month', 'year'];

/**
 * Where the graph knows a stage to the day (a state's own entry into force), a year-precise record of the whole
 * agreement (DESTA's one year for every party) does not contradict it: keep only the finest facts.
 */
function finestFirst(facts: readonly Fact[]): readonly Fact[] {
  const best = Math.min(...facts.map((f) => PRECISION_ORDER.indexOf(f.precision)));
  return facts.filter((f) => PRECISION_ORDER.indexOf(f.precision) === best);
}
