/**
 * One table of error codes. Messages say what was expected and what was found.
 * The CLI maps codes to exit codes (cli/exit-codes.ts), the API to HTTP statuses (api/error-status.ts).
 */
const ErrorCodes = {
  USAGE: 'A command or request is missing something or has an option it does not take',
  BAD_DATE: 'A date is not a real ISO calendar date (YYYY-MM-DD or YYYY)',
  UNKNOWN_ENTITY: 'No state, organization, alliance or person has that id, name or alias',
  UNKNOWN_ARTICLE: 'No stored article has that id',
  UNKNOWN_FACT: 'No proposed fact has that id',
  FACT_REVIEWED: 'A proposed fact was already reviewed with the other outcome',
  BAD_FACT: 'A proposed fact contradicts itself (it ends before it starts)',
  AMBIGUOUS_ENTITY: 'A name matches several entities equally well',
  OUT_OF_RANGE: 'A date or value falls outside what the data covers',
  BAD_SCENARIO: 'A what-if scenario contradicts itself',
  BAD_ROW: 'A row of a source or data file is malformed',
  BAD_INPUT: 'An article, file or request body cannot be read as what it claims to be',
  NOT_LOADED: 'The database has no reference data yet',
  UNAUTHORIZED: 'A write needs the server token',
  TOO_LARGE: 'An input is larger than the limit',
  TOO_COSTLY: 'An article took longer to analyse than its time budget',
  BUSY: 'The server is already analysing as many articles as it takes at once; retry later',
  TIMEOUT: 'A fetch took longer than its time limit',
  FORBIDDEN_ADDRESS: 'A URL leads to a loopback, private or otherwise non-public address',
  BAD_HOST: 'A request names a host the server does not answer for',
  STORE: 'The database refused an operation',
  INTERNAL: 'A bug: something that should not happen did',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface ErrorDetails {
  readonly file?: string;
  readonly line?: number;
  readonly column?: string | number;
  readonly expected?: string;
  readonly found?: string;
  readonly suggestions?: readonly string[];
  readonly [key: string]: unknown;
}

export class EntenteError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'EntenteError';
    this.code = code;
    this.details = details;
  }
}

/** "expected X, found Y" in one consistent wording, quoting what was found. */
export function expectedFound(expected: string, found: unknown): string {
  const shown = typeof found === 'string' ? JSON.stringify(found.length > 80 ? `${found.slice(0, 77)}...` : found) : String(found);
  return `expected ${expected}, found ${shown}`;
}

export function isEntenteError(e: unknown): e is EntenteError {
  return e instanceof EntenteError;
}
