/** The obligations engine's answer shapes, from the server's source (src/rules/answers.ts). */
export type { BoundAnswer, CascadeAnswer, ConditionLine, ObligationLine, ObligationsAnswer } from '../../src/rules/answers.js';

export interface SwitchesAnswer {
  readonly switches: ReadonlyArray<{ id: string; question: string; default: boolean; on: string; off: string; citations: readonly string[] }>;
}
