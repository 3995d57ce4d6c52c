import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { EntenteError, isEntenteError, type ErrorCode } from '../core/errors.js';

/**
 * The one place error codes become HTTP statuses, and the one place any thrown thing becomes the stable error
 * body `{ "error": { "code", "message" } }`. What the caller can fix is a 4xx; a bug is a 500 whose body says
 * only that (the stack goes to the log, never to the client).
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  USAGE: 400,
  BAD_DATE: 400,
  UNKNOWN_ENTITY: 404,
  UNKNOWN_ARTICLE: 404,
  AMBIGUOUS_ENTITY: 409,
  OUT_OF_RANGE: 422,
  BAD_SCENARIO: 422,
  BAD_ROW: 422,
  BAD_INPUT: 400,
  NOT_LOADED: 503,
  UNAUTHORIZED: 401,
  TOO_LARGE: 413,
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
  return { status: 404, body: { error: { code: 'USAGE', message: `No endpoint ${method} ${path}: the API is described at /api/openapi.json` } } };
}
