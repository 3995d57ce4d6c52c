import { EntenteError } from '../core/errors.js';
import type { Area, Article, Condition, Provision, Switch, Switches } from './provision.js';

/** A hand-written amendment of generated provisions (rules/treaty-articles.json). */
export interface Amendment {
  readonly provisions: readonly string[];
  readonly article?: Article;
  /** Merged into the provision's condition with the same code, or added when it has none. */
  readonly conditions?: ReadonlyArray<Partial<Condition> & Pick<Condition, 'code'>>;
  readonly example?: string;
  readonly notes?: readonly string[];
}

export interface RuleBookData {
  readonly provisions: readonly Provision[];
  readonly amendments: readonly Amendment[];
  readonly areas: readonly Area[];
  readonly switches: readonly Switch[];
}

/** A provision with its parties as sets, so "does member A owe this to member B?" is two lookups. */
export interface CompiledProvision {
  readonly provision: Provision;
  readonly bound: ReadonlySet<number> | null;
  readonly toward: ReadonlyMap<number, ReadonlySet<number>> | null;
}

/** Whether member `from` owes provision `c` to member `to` of the same alliance phase (COW codes). */
export function owes(c: CompiledProvision, from: number, to: number): boolean {
  if (from === to) return false;
  if (c.bound !== null && !c.bound.has(from)) return false;
  const owed = c.toward?.get(from);
  return owed === undefined || owed.has(to);
}

/**
 * Every provision, amended by what the project adds by hand, indexed by alliance phase. Built once from data;
 * a reference to a provision, area or switch that does not exist stops it, with the name of what is missing.
 */
export class RuleBook {
  readonly provisions: ReadonlyMap<string, Provision>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly switches: ReadonlyMap<string, Switch>;
  private readonly byPhase = new Map<string, CompiledProvision[]>();

  constructor(data: RuleBookData) {
    this.areas = new Map(data.areas.map((a) => [a.id, a]));
    this.switches = new Map(data.switches.map((s) => [s.id, s]));
    const byId = new Map<string, Provision>();
    for (const p of data.provisions) {
      if (byId.has(p.id)) throw bad(`two provisions have the id ${p.id}`, p.id);
      byId.set(p.id, p);
    }
    for (const a of data.amendments) {
      for (const id of a.provisions) byId.set(id, this.amend(need(byId, id, 'an amendment in rules/treaty-articles.json'), a));
    }
    for (const s of data.switches) {
      for (const id of s.provisions) {
        const p = need(byId, id, `the switch ${s.id}`);
        byId.set(id, { ...p, switch: s.id });
      }
    }
    this.provisions = byId;
    for (const p of byId.values()) {
      const key = `${p.treaty}:${p.phase}`;
      const list = this.byPhase.get(key) ?? [];
      list.push(compile(p));
      this.byPhase.set(key, list);
    }
  }

  /** The provisions of one alliance phase (`ATOP4220`, 2). */
  inPhase(treaty: string, phase: number): readonly CompiledProvision[] {
    return this.byPhase.get(`${treaty}:${phase}`) ?? [];
  }

  /** Each switch at its documented default, overridden by `given`; an unknown switch is refused. */
  switchesWith(given: Switches = {}): Switches {
    const out: Record<string, boolean> = {};
    for (const s of this.switches.values()) out[s.id] = s.default;
    for (const [id, value] of Object.entries(given)) {
      if (!this.switches.has(id)) {
        throw new EntenteError('USAGE', `No switch is called ${JSON.stringify(id)}`, { found: id, suggestions: [...this.switches.keys()] });
      }
      out[id] = value;
    }
    return out;
  }

  private amend(p: Provision, a: Amendment): Provision {
    let conditions = p.conditions;
    for (const extra of a.conditions ?? []) {
      if (extra.area !== undefined && !this.areas.has(extra.area))
        throw bad(`${p.id} refers to an area ${extra.area} that rules/treaty-articles.json does not define`, extra.area);
      const has = conditions.some((c) => c.code === extra.code);
      conditions = has ? conditions.map((c) => (c.code === extra.code ? { ...c, ...extra } : c)) : [...conditions, { ...extra }];
    }
    return {
      ...p,
      conditions,
      ...(a.article ? { article: a.article } : {}),
      ...(a.example ? { example: a.example } : {}),
      ...(a.notes ? { notes: [...(p.notes ?? []), ...a.notes] } : {}),
    };
  }
}

function compile(p: Provision): CompiledProvision {
  const toward = p.toward === 'others' ? null : new Map(Object.entries(p.toward).map(([k, v]) => [Number(k), new Set(v)] as const));
  return { provision: p, bound: p.bound === 'all' ? null : new Set(p.bound), toward };
}

function need(byId: ReadonlyMap<string, Provision>, id: string, who: string): Provision {
  const p = byId.get(id);
  if (!p) throw bad(`${who} names a provision ${id} that rules/atop-provisions.json does not have`, id);
  return p;
}

function bad(message: string, found: string): EntenteError {
  return new EntenteError('INTERNAL', `Rule book: ${message}`, { found, expected: 'ids that exist in rules/' });
}
