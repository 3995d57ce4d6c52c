import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { EntenteError, isEntenteError, type ErrorCode } from '../core/errors.js';

/**
 * The one place error codes become HTTP statuses, and the one place any thrown thing becomes the stable error
 * body `{ "error": { "code", "message" } }`. What the caller can fix is a 4xx; a bug is a 500 whose body says
 * only that (the stack goes to the log, never to the client).
 */
const HTTP_STATUS: Record<ErrorCode, number> = {
  USAGE: 400,
  BAD_DATE: 400,
  UNKNOWN_ENTITY: 404,
  UNKNOWN_ARTICLE: 404,
  UNKNOWN_FACT: 404,
  FACT_REVIEWED: 409,
  BAD_FACT: 422,
  AMBIGUOUS_ENTITY: 409,
  OUT_OF_RANGE: 422,
  BAD_SCENARIO: 422,
  BAD_ROW: 422,
  BAD_INPUT: 400,
  NOT_LOADED: 503,
  UNAUTHORIZED: 401,
  TOO_LARGE: 413,
  TOO_COSTLY: 422,
  BUSY: 503,
  TIMEOUT: 504,
  FORBIDDEN_ADDRESS: 403,
  BAD_HOST: 421,
  STORE: 503,
  INTERNAL: 500,
};

export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    /** "did you mean" for an unknown or ambiguous name. */
    readonly suggestions?: readonly string[];
  };
}

/** Fastify's own request errors, read as ours; any other 4xx it raises counts as a bad request. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_INPUT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_INPUT',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'BAD_INPUT',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_INPUT',
  FST_ERR_VALIDATION: 'USAGE',
};

export function toHttpError(e: unknown): { status: number; body: ErrorBody } {
  const err = asEntenteError(e);
  const suggestions = err.details.suggestions;
  const body: ErrorBody = {
    error: { code: err.code, message: err.message, ...(suggestions && suggestions.length > 0 ? { suggestions } : {}) },
  };
  return { status: HTTP_STATUS[err.code], body };
}

function asEntenteError(e: unknown): EntenteError {
  if (isEntenteError(e)) return e;
  if (hasZodFastifySchemaValidationErrors(e)) {
    const where = e.validationContext ?? 'request';
    const issues = e.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return field ? `"${field}": ${v.message}` : v.message;
    });
    return new EntenteError('USAGE', `Bad ${where}: ${issues.join('; ')}`);
  }
  if (e instanceof SyntaxError) return new EntenteError('BAD_INPUT', `The body is not valid JSON: ${e.message}`);
  const fastify = e as { code?: unknown; statusCode?: unknown; message?: unknown };
  const code = typeof fastify.code === 'string' ? FASTIFY_CODES[fastify.code] : undefined;
  const message = typeof fastify.message === 'string' ? fastify.message : 'Bad request';
  if (code) return new EntenteError(code, describe(code, message));
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return new EntenteError('USAGE', message);
  }
  return new EntenteError('INTERNAL', 'Internal error: the server hit a bug; the log has the details');
}

function describe(code: ErrorCode, message: string): string {
  if (code === 'TOO_LARGE') return `The request body is larger than the server accepts (${message})`;
  if (code === 'BAD_INPUT' && /JSON/i.test(message)) return `The body is not valid JSON: ${message}`;
  return message;
}

/** No route: a 404 whose code says the request, not an entity, is what is unknown. */
export function routeNotFound(method: string, url: string): { status: number; body: ErrorBody } {
  const path = url.split('?')[0] ?? url;
  const shown = path.length > 200 ? `${path.slice(0, 197)}...` : path;
  return { status: 404, body: { error: { code: 'USAGE', message: `No endpoint ${method} ${shown}: the API is described at /api/openapi.json` } } };
}

/** A path Fastify cannot decode (`/api/states/%E0%A4%A`): FST_ERR_BAD_URL, in the API's own shape. */
export function badUrl(): { status: number; body: ErrorBody } {
  return {
    status: 400,
    body: { error: { code: 'USAGE', message: 'The request path is not valid: expected percent-encoded UTF-8 (%XX escapes of whole characters)' } },
  };
}

/**
 * What Node's HTTP parser refuses before any route sees it, as a raw response in the API's shape: a header block
 * (or URL) over 16 KB, a request not sent in full in time, malformed syntax. Null: the connection is gone.
 */
export function clientErrorResponse(e: { code?: string }): string | null {
  if (e.code === 'ECONNRESET' || e.code === 'EPIPE') return null;
  const [status, reason, code, message]: [number, string, ErrorCode, string] =
    e.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'TOO_LARGE',
          'The request line and headers are larger than the 16 KB the server reads: expected a shorter URL or fewer headers',
        ]
      : e.code === 'ERR_HTTP_REQUEST_TIMEOUT' || e.code === 'ERR_HTTP_HEADERS_TIMEOUT'
        ? [408, 'Request Timeout', 'TIMEOUT', 'The request was not sent in full in time: the server closed the connection']
        : [400, 'Bad Request', 'USAGE', 'Malformed HTTP request: the server could not read its request line or headers'];
  const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
