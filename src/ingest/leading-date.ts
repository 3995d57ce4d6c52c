import type { IsoDate } from '../core/time.js';
import { parseLooseDate } from './loose-date.js';

/**
 * Exports often open the text with a dateline of their own ("This story is from March 10, 2002"): the first
 * short line, when it holds a full date, is taken as the publication date and cut from the body.
 */
export function leadingDateLine(text: string): { date: IsoDate; rest: string } | null {
  const nl = text.indexOf('\n');
  const first = (nl === -1 ? text : text.slice(0, nl)).trim();
  if (first.length === 0 || first.length > 60 || nl === -1) return null;
  const date = parseLooseDate(first);
  return date ? { date, rest: text.slice(nl + 1).trim() } : null;
}
