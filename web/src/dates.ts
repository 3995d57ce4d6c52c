/** The date slider's scale: whole days since 1815-01-01 (the Congress of Vienna, where the data starts). */
export const FIRST_DAY = '1815-01-01';
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1815, 0, 1);

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function dayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y!, m! - 1, d!) - EPOCH) / DAY_MS);
}

export function isoOfIndex(index: number): string {
  return new Date(EPOCH + index * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s;
}

/** Moves a day by months or years, clamping the 31st to the month's end. */
export function shift(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y! * 12 + (m! - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d!, last)).padStart(2, '0')}`;
}

export function longDate(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) ? iso : t.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * What a person may type for a day: an ISO day, a bare year (1 July of it, as the CLI and the API read it),
 * a year and month (its 1st), "today", or a day written out ("15 May 2012", "May 15, 2012"). Null when it is
 * none of these, so the field can say so instead of jumping to 1815.
 */
export function readDay(text: string, today = todayIso()): string | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (t === 'today') return today;
  if (isIsoDay(t)) return t;
  if (/^\d{4}$/.test(t)) return `${t}-07-01`;
  const ym = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (ym) return checked(`${ym[1]}-${ym[2]!.padStart(2, '0')}-01`);
  const words = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t) ?? swap(/^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t));
  if (words) {
    const month = MONTHS.findIndex((m) => m.startsWith(words[2]!.slice(0, 3)));
    if (month >= 0) return checked(`${words[3]}-${String(month + 1).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`);
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function swap(m: RegExpExecArray | null): string[] | null {
  return m ? [m[0], m[2]!, m[1]!, m[3]!] : null;
}

function checked(iso: string): string | null {
  return isIsoDay(iso) ? iso : null;
}

export function addDaysIso(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
