import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { Fact } from '../core/fact.js';
import type { DateQuery } from '../core/time.js';
import type { DatasetInfo, GraphStore } from '../graph/graph-store.js';
import { AllianceWorld } from './alliance-world.js';
import type { BoundAnswer, CascadeAnswer, ConflictsAnswer, DyadYearRow, ObligationsAnswer } from './answers.js';
import { cascade } from './cascade.js';
import { conflicts } from './conflicts.js';
import { dyadYears } from './dyad-years.js';
import { boundBy, evaluateScenario, type Engine } from './evaluator.js';
import type { Switches } from './provision.js';
import type { RuleBook } from './rule-book.js';
import { projectRuleBook } from './rules-data.js';
import { checkDate, checkLocation, checkYears, stateResolver, switchNotes, type Coverage } from './scenario-checks.js';

/** What the engine loads once: the party_to facts, the entities they name, the datasets and their coverage. */
export interface WorldData {
  readonly facts: readonly Fact[];
  readonly entities: readonly Entity[];
  readonly datasets: readonly DatasetInfo[];
  /** Curated membership facts, for saying which facts continue where the treaty data stops. */
  readonly curated?: readonly Fact[];
}

export type WorldSource = () => Promise<WorldData>;

/** The world from a GraphStore: every party_to fact, the entities they name, the curated memberships. */
export function storeWorld(store: GraphStore): WorldSource {
  return async () => {
    const [facts, datasets, curated] = await Promise.all([
      store.facts({ predicate: 'party_to' }),
      store.datasets(),
      store.facts({ predicate: 'member_of', datasets: ['curated'] }),
    ]);
    const ids = new Set<string>();
    for (const f of [...facts, ...curated]) ids.add(f.subject).add(f.object);
    return { facts, datasets, curated, entities: await store.entities([...ids]) };
  };
}

export interface ScenarioInput {
  readonly attacked: string;
  readonly attacker?: string;
  readonly on: DateQuery;
  readonly location?: string;
  readonly switches?: Switches;
  readonly provoked?: boolean;
  readonly requested?: boolean;
}

export interface ObligationServiceOptions {
  /** Names, aliases and ids to a state, with "did you mean"; the graph's resolver in the app. */
  readonly resolveState?: (ref: string) => Promise<Pick<Entity, 'id' | 'name' | 'kind'>>;
  readonly ruleBook?: RuleBook;
}

interface Loaded {
  readonly engine: Engine;
  readonly coverage: Coverage;
  readonly resolve: (ref: string) => Promise<Pick<Entity, 'id' | 'name' | 'kind'>>;
}

/**
 * Treaty obligations over the day-precise graph: who is bound to act when a state is attacked, whom a state
 * is bound to, escalation round by round, states bound to both sides, and ATOP-style dyad-years. Loads the
 * party_to facts once and answers from memory; the logic is in the pure functions it calls.
 */
export class ObligationService {
  private loaded?: Promise<Loaded>;

  constructor(
    private readonly source: WorldSource,
    private readonly options: ObligationServiceOptions = {},
  ) {}

  /** Drops the loaded world (after the reference data is reloaded). */
  invalidate(): void {
    this.loaded = undefined;
  }

  get ruleBook(): RuleBook {
    return this.options.ruleBook ?? projectRuleBook();
  }

  async obligations(input: ScenarioInput): Promise<ObligationsAnswer> {
    const { engine, coverage, s } = await this.scenario(input);
    const answer = evaluateScenario(engine, s);
    const lines = [...answer.obligations, ...answer.inactive, ...answer.breaches];
    const notes = [
      ...(input.on.note ? [input.on.note] : []),
      ...absentNote(engine, s.attacked, s.on),
      ...(s.attacker ? absentNote(engine, s.attacker, s.on) : []),
      ...switchNotes(engine.book, s.switches, lines.map((l) => l.rule)),
      `obligations as coded by ${coverage.name} (to ${coverage.to}), read through the project's rules (rules/)`,
    ];
    return { ...answer, notes };
  }

  /** Whom a state is bound to on the day, and how. */
  async boundBy(stateRef: string, on: DateQuery, switches: Switches = {}): Promise<BoundAnswer> {
    const { engine, coverage, resolve } = await this.load();
    const state = await resolve(stateRef);
    checkDate(on, coverage, [state]);
    const sw = engine.book.switchesWith(switches);
    const answer = boundBy(engine, state.id, on.date, sw);
    const notes = [...(on.note ? [on.note] : []), ...absentNote(engine, state.id, on.date), ...switchNotes(engine.book, sw, answer.obligations.map((l) => l.rule))];
    return { ...answer, notes };
  }

  async cascade(input: ScenarioInput & { readonly attacker: string }): Promise<CascadeAnswer> {
    const { engine, s } = await this.scenario(input);
    const answer = cascade(engine, { ...s, attacker: s.attacker! });
    const notes = [
      ...(input.on.note ? [input.on.note] : []),
      'each state that joins is taken to fight every state of the other side; later rounds judge conditions for attacks on home territory',
      ...switchNotes(engine.book, s.switches, answer.rounds.flatMap((r) => r.joined.flatMap((j) => j.because.map((b) => b.rule)))),
    ];
    return { ...answer, notes };
  }

  async conflicts(on: DateQuery, options: { switches?: Switches; state?: string; within?: boolean } = {}): Promise<ConflictsAnswer> {
    const { engine, coverage, resolve } = await this.load();
    const entity = options.state ? await resolve(options.state) : undefined;
    checkDate(on, coverage, entity ? [entity] : []);
    const state = entity?.id;
    const sw = engine.book.switchesWith(options.switches);
    const answer = conflicts(engine, on.date, { switches: sw, within: options.within === true, ...(state ? { state } : {}) });
    const notes = [
      ...(on.note ? [on.note] : []),
      'a state is bound to both sides of a dyad when it is bound to defend both members; "across" dyads are those whose members are not bound to defend each other; conditions are not judged',
      ...switchNotes(engine.book, sw, engine.book.switches.size > 0 ? [...engine.book.switches.values()].flatMap((x) => x.provisions) : []),
    ];
    return { ...answer, notes };
  }

  /** Directed dyad-years, from..to inclusive, in ATOP's layout. */
  async dyadYears(from: number, to: number, switches: Switches = {}): Promise<DyadYearRow[]> {
    const { engine, coverage } = await this.load();
    checkYears(from, to, coverage);
    return dyadYears(engine, { from, to, dataEnd: coverage.to, switches: engine.book.switchesWith(switches) });
  }

  /** The loaded engine and the data's coverage, for the eval and the benchmark. */
  async engine(): Promise<{ engine: Engine; coverage: Coverage }> {
    const { engine, coverage } = await this.load();
    return { engine, coverage };
  }

  private async scenario(input: ScenarioInput) {
    const { engine, coverage, resolve } = await this.load();
    const attacked = await resolve(input.attacked);
    const attacker = input.attacker ? await resolve(input.attacker) : undefined;
    checkDate(input.on, coverage, attacker ? [attacked, attacker] : [attacked]);
    checkLocation(input.location, engine.book, attacked);
    if (attacker && attacker.id === attacked.id) {
      throw new EntenteError('BAD_SCENARIO', `A state cannot attack itself: the attacker and the attacked are both ${attacked.name} (${attacked.id})`, {
        expected: 'two different states',
        found: `${input.attacker} and ${input.attacked}`,
      });
    }
    const s = {
      attacked: attacked.id,
      ...(attacker ? { attacker: attacker.id } : {}),
      on: input.on.date,
      ...(input.location ? { location: input.location } : {}),
      switches: engine.book.switchesWith(input.switches),
      ...(input.provoked !== undefined ? { provoked: input.provoked } : {}),
      ...(input.requested !== undefined ? { requested: input.requested } : {}),
    };
    return { engine, coverage, s };
  }

  private load(): Promise<Loaded> {
    this.loaded ??= this.source().then((data) => {
      const world = new AllianceWorld(data.facts, data.entities);
      const engine = { world, book: this.ruleBook };
      const coverage = coverageOf(data, world);
      const resolve = this.options.resolveState ?? stateResolver(data.entities);
      return { engine, coverage, resolve };
    });
    return this.loaded;
  }
}

/** Where the treaty data begins and ends, and which curated memberships run on after it. */
function coverageOf(data: WorldData, world: AllianceWorld): Coverage {
  const atop = data.datasets.find((d) => d.id.startsWith('atop'));
  const to = atop?.coverage.to || world.span.to;
  const names = new Map(data.entities.map((e) => [e.id, e.name]));
  const continuing = new Set<string>();
  const continuingFor = new Map<string, Array<{ id: string; name: string; from: string }>>();
  for (const f of data.curated ?? []) {
    if (f.valid.to <= to || (f.status !== undefined && f.status !== 'member')) continue;
    continuing.add(f.object);
    const list = continuingFor.get(f.subject) ?? [];
    if (!list.some((o) => o.id === f.object)) list.push({ id: f.object, name: names.get(f.object) ?? f.object, from: f.valid.from });
    continuingFor.set(f.subject, list);
  }
  return {
    name: atop?.name ?? 'ATOP 5.1',
    from: atop?.coverage.from || world.span.from,
    to,
    continuing: [...continuing].sort().map((id) => ({ id, name: names.get(id) ?? id })),
    continuingFor,
  };
}

function absentNote(e: Engine, state: string, on: string): string[] {
  if (e.world.membershipsOn(state, on).length > 0) return [];
  const all = e.world.byState.get(state) ?? [];
  const name = e.world.name(state);
  if (all.length === 0) return [`${name} is party to no alliance ATOP codes, on any day`];
  const from = all.reduce((a, m) => (m.from < a ? m.from : a), '9999-12-31');
  const to = all.reduce((a, m) => (m.to > a ? m.to : a), '0001-01-01');
  return [`${name} is party to no alliance ATOP codes on ${on} (its alliances run from ${from} to ${to === '9999-12-31' ? 'the end of the data' : to})`];
}
