import { EVERY_LISTED_STATUS } from '../core/fact.js';
import { parseDateQuery, type DateQuery, type IsoDate } from '../core/time.js';

/** `?on=`: an ISO day or a bare year (1 July, said in the answer's notes); the app's today when absent. */
export function dayParam(on: string | undefined, today: () => IsoDate, what = 'on'): DateQuery {
  return on === undefined || on === '' ? { date: today(), precision: 'day' } : parseDateQuery(on, `"${what}" date`);
}

export const EVERY_STATUS = EVERY_LISTED_STATUS;

/** `?status=member,suspended` or `?all=true`, as the CLI's `--status` and `--all`. */
export function statusesParam(status: readonly string[] | undefined, all: boolean | undefined): string[] | undefined {
  if (all) return [...EVERY_STATUS];
  return status && status.length > 0 ? [...status] : undefined;
}
