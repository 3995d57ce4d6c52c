import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import { today, type DateQuery, type IsoDate } from '../core/time.js';
import type { GraphStore } from '../graph/graph-store.js';
import { AllianceWorld } from './alliance-world.js';
import type { BoundAnswer, CascadeAnswer, ConflictsAnswer, DyadYearRow, ObligationsAnswer } from './answers.js';
import { cascade } from './cascade.js';
import { conflicts } from './conflicts.js';
import { dyadYearCsv, dyadYears } from './dyad-years.js';
import { boundBy, evaluateScenario, type Engine } from './evaluator.js';
import type { Switches } from './provision.js';
import type { RuleBook } from './rule-book.js';
import { projectRuleBook } from './rules-data.js';
import { checkDate, checkLocation, checkYears, stateResolver, switchNotes, type Coverage } from './scenario-checks.js';
import { treatyParties, type PartyData } from './treaty-parties.js';
import { NEWS_DATASET } from '../graph/news-dataset.js';

/**
 * What the engine loads once: the party_to facts, the membership facts of organizations built on an alliance
 * (they continue its parties after the treaty data stops), the entities they name, the datasets.
 */
export interface WorldData extends PartyData {}

export type WorldSource = () => Promise<WorldData>;

/** The world from a GraphStore: every party_to fact, the members of organizations built on alliances, the entities. */
export function storeWorld(store: GraphStore): WorldSource {
  return async () => {
    const [facts, stored, summaries] = await Promise.all([store.facts({ predicate: 'party_to' }), store.datasets(), store.entitySummaries()]);
    // Accepted news facts rank as the graph ranks them (first, from their own day on): without its entry the
    // `news` dataset would rank last and a treaty withdrawal read from the news would change no party list.
    const datasets = stored.some((d) => d.id === NEWS_DATASET.id) ? stored : [...stored, NEWS_DATASET];
    const linked = summaries.filter((e) => e.kind === 'organization' && e.attrs.treaty !== undefined && e.attrs.treaty !== null).map((e) => e.id);
    const memberships = (await Promise.all(linked.map((object) => store.facts({ predicate: 'member_of', object })))).flat();
    const ids = new Set<string>(linked);
    for (const f of [...facts, ...memberships]) ids.add(f.subject).add(f.object);
    return { facts, datasets, memberships, entities: await store.entities([...ids]) };
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
  /** Leave out memberships carried forward past the last day their sources speak of. */
  readonly strict?: boolean;
}

export interface ObligationServiceOptions {
  /** Names, aliases and ids to a state, with "did you mean"; the graph's resolver in the app. */
  readonly resolveState?: (ref: string) => Promise<Pick<Entity, 'id' | 'name' | 'kind'>>;
  readonly ruleBook?: RuleBook;
  /** Today: later days are refused. The system clock unless set. */
  readonly today?: () => IsoDate;
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

  private get today(): IsoDate {
    return (this.options.today ?? today)();
  }

  async obligations(input: ScenarioInput): Promise<ObligationsAnswer> {
    const { engine, coverage, s } = await this.scenario(input);
    const answer = evaluateScenario(engine, s);
    const lines = [...answer.obligations, ...answer.inactive, ...answer.breaches];
    const notes = [
      ...(input.on.note ? [input.on.note] : []),
      ...absentNote(engine, s.attacked, s.on),
      ...(s.attacker ? absentNote(engine, s.attacker, s.on) : []),
      ...switchNotes(
        engine.book,
        s.switches,
        lines.map((l) => l.rule),
      ),
      ...freshnessNotes(coverage, s.on, lines, s.strict === true),
      `obligations as coded by ${coverage.name} (to ${coverage.to}) and the project's own cited treaties and changes since, read through the project's rules (rules/)`,
    ];
    return { ...answer, notes };
  }

  /** Whom a state is bound to on the day, and how. */
  async boundBy(stateRef: string, on: DateQuery, switches: Switches = {}, strict = false): Promise<BoundAnswer> {
    const { engine, coverage, resolve } = await this.load();
    const state = await resolve(stateRef);
    checkDate(on, this.today);
    const sw = engine.book.switchesWith(switches);
    const answer = boundBy(engine, state.id, on.date, sw, strict);
    const notes = [
      ...(on.note ? [on.note] : []),
      ...absentNote(engine, state.id, on.date),
      ...switchNotes(
        engine.book,
        sw,
        answer.obligations.map((l) => l.rule),
      ),
      ...freshnessNotes(coverage, on.date, answer.obligations, strict),
    ];
    return { ...answer, notes };
  }

  async cascade(input: ScenarioInput & { readonly attacker: string }): Promise<CascadeAnswer> {
    const { engine, coverage, s } = await this.scenario(input);
    const answer = cascade(engine, { ...s, attacker: s.attacker! });
    const reasons = answer.rounds.flatMap((r) => r.joined.flatMap((j) => j.because));
    const notes = [
      ...(input.on.note ? [input.on.note] : []),
      "defence obligations are owed to the state attacked, by the attacker and by whoever joins the attacker; offensive allies join a state at war by its own choice; defence owed to a state that joined a side is listed as uncertain, not assumed (see the README's cascade section)",
      ...switchNotes(
        engine.book,
        s.switches,
        reasons.map((b) => b.rule),
      ),
      ...freshnessNotes(
        coverage,
        s.on,
        answer.rounds.flatMap((r) => r.joined),
        s.strict === true,
      ),
    ];
    return { ...answer, notes };
  }

  async conflicts(on: DateQuery, options: { switches?: Switches; state?: string; within?: boolean; strict?: boolean } = {}): Promise<ConflictsAnswer> {
    const { engine, resolve } = await this.load();
    const entity = options.state ? await resolve(options.state) : undefined;
    checkDate(on, this.today);
    const state = entity?.id;
    const sw = engine.book.switchesWith(options.switches);
    const answer = conflicts(engine, on.date, { switches: sw, within: options.within === true, strict: options.strict === true, ...(state ? { state } : {}) });
    const notes = [
      ...(on.note ? [on.note] : []),
      'a state is bound to both sides of a dyad when it is bound to defend both members; "across" dyads are those whose members are not bound to defend each other; conditions are not judged',
      ...switchNotes(engine.book, sw, engine.book.switches.size > 0 ? [...engine.book.switches.values()].flatMap((x) => x.provisions) : []),
    ];
    return { ...answer, notes };
  }

  /** Directed dyad-years, from..to inclusive, in ATOP's layout; years after the treaty data carry it forward. */
  async dyadYears(from: number, to: number, switches: Switches = {}): Promise<DyadYearRow[]> {
    const { engine } = await this.load();
    const now = this.today;
    checkYears(from, to, now);
    return dyadYears(engine, { from, to, dataEnd: now, switches: engine.book.switchesWith(switches) });
  }

  /** `dyadYears` as CSV in ATOP's layout (`entente export atop-dyad-years`), with the number of rows. */
  async dyadYearCsv(from: number, to: number, switches: Switches = {}): Promise<{ rows: number; csv: string }> {
    const rows = await this.dyadYears(from, to, switches);
    return { rows: rows.length, csv: dyadYearCsv(rows) };
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
    checkDate(input.on, this.today);
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
      ...(input.strict ? { strict: true } : {}),
    };
    return { engine, coverage, s };
  }

  private load(): Promise<Loaded> {
    this.loaded ??= this.source().then((data) => {
      const world = new AllianceWorld(treatyParties(data), data.entities);
      const engine = { world, book: this.ruleBook };
      const coverage = coverageOf(data, world);
      const resolve = this.options.resolveState ?? stateResolver(data.entities);
      return { engine, coverage, resolve };
    });
    return this.loaded;
  }
}

/** Where the treaty data (ATOP) begins and ends: after its end, what it coded is carried forward. */
function coverageOf(data: WorldData, world: AllianceWorld): Coverage {
  const atop = data.datasets.find((d) => d.id.startsWith('atop'));
  return { name: atop?.name ?? 'ATOP 5.1', from: atop?.coverage.from || world.span.from, to: atop?.coverage.to || world.span.to };
}

/** Lines carried forward past the treaty data, said once; with `strict`, that they were left out. */
function freshnessNotes(c: Coverage, on: string, lines: ReadonlyArray<{ carriedForward: boolean }>, strict: boolean): string[] {
  if (on <= c.to) return [];
  const carried = lines.filter((l) => l.carriedForward).length;
  const head = `${c.name} codes alliances to ${c.to}; after it, alliances it codes as in force continue until a cited end (data/curated), and treaties since are the project's own`;
  if (strict) return [`${head}; strict: memberships carried forward past their sources were left out`];
  return [
    `${head}; ${carried} ${carried === 1 ? 'line rests' : 'lines rest'} on memberships carried forward past their sources' last day (marked ~; a strict answer leaves them out)`,
  ];
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
