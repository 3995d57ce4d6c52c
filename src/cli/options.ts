import { todayFrom } from '../config.js';
import { EVERY_LISTED_STATUS } from '../core/fact.js';
import { parseDateQuery, type DateQuery } from '../core/time.js';

/** `--on DATE`: an ISO day, or a bare year (1 July, said in the answer); today (or `ENTENTE_TODAY`) when absent. */
export function dateOption(value: string | undefined): DateQuery {
  return value === undefined ? { date: todayFrom(process.env.ENTENTE_TODAY)(), precision: 'day' } : parseDateQuery(value, '--on date');
}

export function statusesOption(value: string | undefined, all: boolean | undefined): string[] | undefined {
  if (all) return [...EVERY_LISTED_STATUS];
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
