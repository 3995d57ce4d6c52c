import type { IsoDate } from '../../src/core/time.js';
import { BEGINNING, addDays } from '../../src/core/time.js';
import { nameKey } from '../../src/core/normalize.js';
import { isoByAlpha3 } from './iso-codes.js';

/** A manystates country pattern, rewritten for JavaScript (`iu` flags). */
export interface CountryPattern {
  readonly id: string;
  readonly label: string;
  readonly pattern: string;
  readonly re: RegExp;
}

export interface CodeName {
  readonly name: string;
  readonly abb?: string;
  readonly continent?: string;
  readonly wikidata?: string;
}

export interface Span {
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

interface Step {
  readonly from: IsoDate;
  readonly id: string;
}

export interface Mapping {
  readonly code: number;
  readonly steps: readonly Step[];
  readonly method: 'pattern' | 'override' | 'timeline' | 'unmatched';
  /** The state the code's own name designates (the COW name "Russia" belongs to RUS, not SUN). */
  readonly nameId: string;
  readonly why?: string;
}

/** One COW code that is several states over time: the same code, a different state from each date on. */
const TIMELINES: Record<number, { steps: Step[]; nameId: string; why: string }> = {
  365: {
    steps: [step(BEGINNING, 'RUS'), step('1922-12-30', 'SUN'), step('1991-12-25', 'RUS')],
    nameId: 'RUS',
    why: 'COW 365 is Russia, the USSR from its founding (1922-12-30) to its dissolution (1991-12-25), then Russia',
  },
  345: {
    steps: [step(BEGINNING, 'SRB'), step('1918-12-01', 'YUG'), step('2006-06-05', 'SRB')],
    nameId: 'YUG',
    why: 'COW 345 is Serbia, then Yugoslavia from 1918-12-01 (through Serbia and Montenegro), then Serbia after Montenegro left (Serbia declared itself the successor on 2006-06-05)',
  },
};

/** Codes whose manystates match is wrong or missing. */
const OVERRIDES: Record<number, { id: string; why: string }> = {
  260: { id: 'DEU', why: 'German Federal Republic: no pattern matches the name; West Germany is the Germany of today' },
  315: { id: 'CSK', why: 'Czechoslovakia: manystates folds it into CZE; ISO 3166-3 CSK' },
  680: { id: 'YMD', why: 'South Yemen: ISO 3166-3 YMD (manystates YPR)' },
  615: { id: 'DZA', why: 'Algeria: manystates files it as ALG (and DZA as Ottoman Algeria)' },
  347: { id: 'XKX', why: 'Kosovo has no ISO code; XKX is the user-assigned code in common use (manystates KOS)' },
  730: { id: 'KRE', why: 'Korea 1887-1905 (Korean Empire): the pattern matches KOR, the Republic of Korea' },
  327: { id: 'PAP', why: 'Papal States: the pattern matches VAT, the Holy See' },
  8152: { id: 'VNM', why: 'ATOP codes Annam (Nguyen-dynasty Vietnam) 8152' },
};

/** Gleditsch-Ward codes that are not the COW state of the same number (Archigos uses GW). */
const GW_OVERRIDES: Record<number, { id: string; name: string; why: string }> = {
  340: { id: 'SRB', name: 'Serbia', why: 'GW 340 is Serbia (1878-1918 and from 2006); COW has no 340' },
  815: { id: 'VNM', name: 'Vietnam', why: 'GW 815 is Vietnam (Annam) before French rule' },
  563: { id: 'TRA', name: 'Transvaal', why: 'GW 563 is the Transvaal (South African Republic), not South Africa' },
  564: { id: 'OFS', name: 'Orange Free State', why: 'GW 564 is the Orange Free State' },
  711: { id: 'TBT', name: 'Tibet', why: 'GW 711 is Tibet (GeoPolHist 711 is Manchukuo)' },
};

function step(from: string, id: string): Step {
  return { from: from as IsoDate, id };
}

/** POSIX classes and stray whitespace of the R patterns, rewritten so JavaScript compiles them. */
function toJsPattern(r: string): string {
  return r.trim().replace(/\[\[:punct:\]\]/g, '[\\p{P}\\p{S}]');
}

export function compilePattern(id: string, label: string, regex: string): CountryPattern {
  const pattern = toJsPattern(regex);
  return { id, label, pattern, re: new RegExp(pattern, 'iu') };
}

/**
 * COW (and GW) country code -> ISO-like state id, as a function of (code, date). Built from the COW names
 * matched against manystates' patterns, plus the explicit overrides and timelines above.
 */
export class Crosswalk {
  private readonly cache = new Map<string, Mapping>();
  readonly ambiguous: string[] = [];

  constructor(
    private readonly cowNames: ReadonlyMap<number, CodeName>,
    private readonly gphNames: ReadonlyMap<number, CodeName>,
    private readonly patterns: readonly CountryPattern[],
  ) {}

  cowCodes(): number[] {
    return [...this.cowNames.keys()].sort((a, b) => a - b);
  }

  nameOf(code: number, scheme: 'cow' | 'gw' = 'cow'): CodeName | undefined {
    const gw = scheme === 'gw' ? GW_OVERRIDES[code] : undefined;
    if (gw) return { name: gw.name };
    return this.cowNames.get(code) ?? this.gphNames.get(code);
  }

  mapping(code: number, scheme: 'cow' | 'gw' = 'cow'): Mapping {
    const key = `${scheme}:${code}`;
    let m = this.cache.get(key);
    if (!m) this.cache.set(key, (m = this.compute(code, scheme)));
    return m;
  }

  idAt(code: number, date: IsoDate, scheme: 'cow' | 'gw' = 'cow'): string {
    const steps = this.mapping(code, scheme).steps;
    let id = steps[0]!.id;
    for (const s of steps) if (s.from <= date) id = s.id;
    return id;
  }

  /** Cuts [from, to] where the code changes state; most codes give one span. */
  split(code: number, from: IsoDate, to: IsoDate, scheme: 'cow' | 'gw' = 'cow'): Span[] {
    const steps = this.mapping(code, scheme).steps;
    const spans: Span[] = [];
    steps.forEach((s, i) => {
      const next = steps[i + 1];
      const stepEnd = next ? addDays(next.from, -1) : ('9999-12-31' as IsoDate);
      const a = s.from > from ? s.from : from;
      const b = stepEnd < to ? stepEnd : to;
      if (a <= b) spans.push({ id: s.id, from: a, to: b });
    });
    return spans;
  }

  /**
   * Fact ids for the spans of one source row: the row's own id when the code is one state throughout, else
   * suffixed with the state (and the start, for Russia before 1922 and after 1991).
   */
  static spanIds(base: string, spans: readonly Span[]): string[] {
    if (spans.length === 1) return [base];
    return spans.map((s) => (spans.filter((o) => o.id === s.id).length > 1 ? `${base}:${s.id}:${s.from}` : `${base}:${s.id}`));
  }

  /** Every mapping computed so far, for the build report. */
  mappings(): Mapping[] {
    return [...this.cache.values()];
  }

  patternFor(id: string): CountryPattern | undefined {
    return this.patterns.find((p) => p.id === id);
  }

  private compute(code: number, scheme: 'cow' | 'gw'): Mapping {
    const gw = scheme === 'gw' ? GW_OVERRIDES[code] : undefined;
    if (gw) return { code, steps: [step(BEGINNING, gw.id)], method: 'override', nameId: gw.id, why: gw.why };
    const tl = TIMELINES[code];
    if (tl) return { code, steps: tl.steps, method: 'timeline', nameId: tl.nameId, why: tl.why };
    const ov = OVERRIDES[code];
    if (ov) return { code, steps: [step(BEGINNING, ov.id)], method: 'override', nameId: ov.id, why: ov.why };
    const name = this.nameOf(code)?.name;
    const id = name === undefined ? undefined : this.match(name);
    if (id) return { code, steps: [step(BEGINNING, id)], method: 'pattern', nameId: id };
    const fallback = `COW${code}`;
    return {
      code,
      steps: [step(BEGINNING, fallback)],
      method: 'unmatched',
      nameId: fallback,
      why: `no pattern matches ${JSON.stringify(name ?? '(no name)')}`,
    };
  }

  private match(name: string): string | undefined {
    const text = name.toLowerCase();
    const hits = this.patterns.filter((p) => p.re.test(text));
    if (hits.length <= 1) return hits[0]?.id;
    // Several patterns match ("Burundi" matches both Burundi and Urundi): the one whose label is the name wins,
    // then one with an ISO code.
    const exact = hits.find((p) => nameKey(p.label) === nameKey(name));
    const iso = hits.find((p) => isoByAlpha3(p.id) !== undefined);
    const chosen = (exact ?? iso ?? hits[0])!;
    this.ambiguous.push(`${name}: ${hits.map((h) => h.id).join('/')} -> ${chosen.id}`);
    return chosen.id;
  }
}
