import type { ActorEntry, AgentEntry, DatedCode } from './types.js';

/**
 * Reads a PETRARCH actor dictionary (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
 *   `ROOT_PHRASE [CODE]` or a root line followed by `+SYNONYM` lines and tab-indented
 *   `[CODE 700101-990809]`, `[CODE >080508]`, `[CODE <990101]` or undated `[CODE]` lines.
 * A root without codes (e.g. `U.N._` just before the UN secretaries-general) takes the codes of the
 * next entry that has some, as PETRARCH's reader does. Pure: text in, entries out.
 */
export function parseActorDictionary(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  let phrases: string[] = [];
  let codes: DatedCode[] = [];
  let pendingCodeless: string[] = [];
  const flush = (): void => {
    if (phrases.length === 0) return;
    if (codes.length === 0) pendingCodeless.push(...phrases);
    else {
      out.push({ phrases: [...new Set([...pendingCodeless, ...phrases])], codes });
      pendingCodeless = [];
    }
    phrases = [];
    codes = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|<!--|<)/.test(raw) || raw.trim() === '') continue;
    const line = raw.replace(/#.*$/, '');
    const lineCodes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseDatedCode(m[1]!)).filter((c): c is DatedCode => !!c);
    const words = line.replace(/\[[^\]]*\]/g, ' ').trim();
    if (words === '') {
      codes.push(...lineCodes);
      continue;
    }
    if (words.startsWith('+')) {
      const p = normalizePhrase(words.slice(1));
      if (p) phrases.push(p);
      codes.push(...lineCodes);
      continue;
    }
    // A new root: the previous entry is complete only once a root follows its code lines.
    if (codes.length > 0 || /^\S/.test(raw)) flush();
    const p = normalizePhrase(words);
    if (p) phrases.push(p);
    codes.push(...lineCodes);
  }
  flush();
  return out;
}

/** `VLADIMIR_V._PUTIN_` -> `vladimir v. putin`: lower-case words joined by one space. */
function normalizePhrase(s: string): string {
  return s
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** `RUSGOV 991231-080507` -> { code, from: '1999-12-31', to: '2008-05-07' }. */
function parseDatedCode(inside: string): DatedCode | undefined {
  const m = /^\s*([A-Za-z~-]*[A-Za-z~]|---)\s*(.*?)\s*$/.exec(inside);
  if (!m) return undefined;
  const code = m[1]!.toUpperCase();
  const range = m[2]!.replace(/\s+/g, '');
  if (range === '') return { code };
  let from: string | undefined;
  let to: string | undefined;
  if (range.startsWith('>')) from = toIsoDay(range.slice(1));
  else if (range.startsWith('<')) to = toIsoDay(range.slice(1));
  else {
    const [a, b] = range.split('-');
    from = toIsoDay(a ?? '');
    to = toIsoDay(b ?? '');
  }
  const c: { code: string; from?: string; to?: string } = { code };
  if (from) c.from = from;
  if (to) c.to = to;
  return c;
}

/** `080507` -> `2008-05-07` (two-digit years below 30 are 20xx), `20070101` -> `2007-01-01`. */
export function toIsoDay(d: string): string | undefined {
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else return undefined;
  const mo = Number(rest.slice(0, 2));
  const da = Number(rest.slice(2, 4));
  if (mo < 1 || mo > 12 || da < 1 || da > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/**
 * Reads a PETRARCH agents dictionary (Phoenix.agents.txt): `PRESIDENT [~GOV]`, substitution sets
 * (`!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`), explicit plurals `{CHAMBERS_OF_COMMERCE}`, `{}` for
 * "no regular plural". Regular plurals are generated, as PETRARCH does.
 */
export function parseAgentDictionary(text: string): AgentEntry[] {
  const subs = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|<!--|<)/.test(raw) || raw.trim() === '') continue;
    const line = raw.replace(/#.*$/, '').trim();
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/i.exec(line);
    if (sub) {
      subs.set(
        sub[1]!.toUpperCase(),
        sub[2]!
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
      continue;
    }
    const code = /\[\s*([^\]]*?)\s*\]/.exec(line);
    if (!code) continue;
    const codeText = code[1]!.replace(/\s+/g, '').toUpperCase();
    if (!codeText.includes('~')) continue;
    let rest = line.replace(code[0], ' ');
    let plurals: string[] | undefined;
    const braces = /\{([^}]*)\}/.exec(rest);
    if (braces) {
      plurals = braces[1]!.split(/\s+/).filter(Boolean);
      rest = rest.replace(braces[0], ' ');
    }
    const base = rest.trim();
    if (!base) continue;
    const phrases = new Set<string>();
    for (const form of expand(base, subs)) {
      const p = normalizePhrase(form);
      if (!p) continue;
      phrases.add(p);
      if (!plurals) phrases.add(pluralize(p));
    }
    for (const pl of plurals ?? []) for (const form of expand(pl, subs)) phrases.add(normalizePhrase(form));
    out.push({ phrases: [...phrases].filter(Boolean), code: codeText });
  }
  return out;
}

function expand(s: string, subs: ReadonlyMap<string, readonly string[]>): string[] {
  const m = /![A-Z]+!/i.exec(s);
  if (!m) return [s];
  const alts = subs.get(m[0].toUpperCase()) ?? [];
  return alts.flatMap((a) => expand(s.replace(m[0], a), subs));
}

/** The regular plural of a phrase's last word: `soldier` -> `soldiers`, `party` -> `parties`. */
export function pluralize(phrase: string): string {
  const words = phrase.split(' ');
  const w = words[words.length - 1]!;
  let p: string;
  // Already plural ("ministers" from a substitution set): leave it.
  if (/[^s]s$/.test(w)) return phrase;
  if (/[^aeiou]y$/.test(w)) p = `${w.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/.test(w)) p = `${w}es`;
  else if (/man$/.test(w)) p = `${w.slice(0, -3)}men`;
  else p = `${w}s`;
  words[words.length - 1] = p;
  return words.join(' ');
}

/** Discards: phrases whose presence marks a name as not an actor (sports teams, storms...). */
export function parseDiscards(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|<!--|<)/.test(raw)) continue;
    const p = normalizePhrase(
      raw
        .replace(/#.*$/, '')
        .replace(/^\s*\+/, '')
        .trim(),
    );
    if (p && !/^\d+$/.test(p)) out.push(p);
  }
  return out;
}
