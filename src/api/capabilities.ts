import type { App } from '../app.js';

export interface Capabilities {
  readonly graph: boolean;
  readonly obligations: boolean;
  readonly news: boolean;
}

/**
 * Which features this build of the app offers. The UI reads them from /api/health and shows "not available
 * yet" for the rest, rather than guessing from a failed request.
 */
export function capabilities(_app: App): Capabilities {
  return { graph: true, obligations: true, news: true };
}
