/** The obligations engine's answer shapes, from the server's source (src/rules/answers.ts, src/api/obligations-page.ts). */
export type { BoundAnswer, CascadeAnswer, ConditionLine } from '../../src/rules/answers.js';
export type { ObligationsPage, PagedLine } from '../../src/api/obligations-page.js';

export interface SwitchesAnswer {
  readonly switches: ReadonlyArray<{ id: string; question: string; default: boolean; on: string; off: string; citations: readonly string[] }>;
}
