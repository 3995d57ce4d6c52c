/**
 * The English words that open a subordinate clause, one list for every stage that bounds a clause (the event
 * coder's roles and patterns, the dating of events): a change of reading here changes them together.
 */

/** Relative pronouns: "Chad, which attacked Sudan, ...", "the minister who met ...". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/** Words that open a new clause: an actor or a date beyond one belongs to another verb. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...RELATIVE_PRONOUNS,
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'when',
  'whenever',
  'where',
  'after',
  'before',
  'since',
  'until',
]);
