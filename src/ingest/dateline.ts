import { isValidDay, makeDate, type IsoDate } from '../core/time.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A place of capitalized words, a date, a dash or colon: "MOSCOW, 3 March 2025 -", "WASHINGTON (Reuters), March 3, 2025 —", "Kyiv, 2025-03-03:". */
const WORDS = "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}";
/** The place, with its country or state after a comma ("DAMASCUS, Syria,"), and the agency in brackets. */
const PLACE = `${WORDS}(?:,\\s+${WORDS})?(?:\\s*\\([^)]{1,30}\\))?,?\\s+`;
const END = '\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—:]';
const DAY_MONTH = new RegExp(`^\\s*${PLACE}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${END}`, 'u');
const MONTH_DAY = new RegExp(`^\\s*${PLACE}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${END}`, 'u');
const ISO = new RegExp(`^\\s*${PLACE}(\\d{4})-(\\d{2})-(\\d{2})${END}`, 'u');

/**
 * The day a dateline opening the text gives ("MOSCOW, 3 March 2025 - ..."), or null. A pasted article has no
 * publication day of its own: its dateline is the best one there is, better than the day it was pasted.
 */
export function datelineDay(text: string): IsoDate | null {
  const head = text.slice(0, 120);
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  let y: number;
  let m: number;
  let d: number;
  let hit = DAY_MONTH.exec(head);
  if (hit) [d, m, y] = [Number(hit[1]), month(hit[2]!), Number(hit[3])];
  else if ((hit = MONTH_DAY.exec(head))) [m, d, y] = [month(hit[1]!), Number(hit[2]), Number(hit[3])];
  else if ((hit = ISO.exec(head))) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else return null;
  return isValidDay(y, m, d) ? makeDate(y, m, d) : null;
}
