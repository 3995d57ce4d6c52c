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
