import type { ErrorCode } from '../core/errors.js';

/** The one place error codes become exit codes: 2 for what the user can fix, 1 for the rest. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  BAD_DATE: 2,
  UNKNOWN_ENTITY: 2,
  UNKNOWN_ARTICLE: 2,
  UNKNOWN_FACT: 2,
  FACT_REVIEWED: 2,
  BAD_FACT: 2,
  AMBIGUOUS_ENTITY: 2,
  OUT_OF_RANGE: 2,
  BAD_SCENARIO: 2,
  BAD_ROW: 2,
  BAD_INPUT: 2,
  NOT_LOADED: 1,
  UNAUTHORIZED: 2,
  TOO_LARGE: 2,
  TOO_COSTLY: 2,
  BUSY: 1,
  TIMEOUT: 1,
  FORBIDDEN_ADDRESS: 2,
  BAD_HOST: 2,
  STORE: 1,
  INTERNAL: 1,
};
