import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { EntenteError } from '../core/errors.js';

/**
 * Writes need `Authorization: Bearer <token>` when the server was started with one (`ENTENTE_TOKEN`); reads
 * never do. Digests are compared, not strings, so the comparison takes the same time whatever the guess.
 */
export function tokenGuard(token: string | undefined): (request: FastifyRequest) => Promise<void> {
  if (!token) return async () => undefined;
  const want = digest(token);
  return async (request: FastifyRequest) => {
    const header = (request.headers.authorization ?? '').trim();
    // Read without a pattern: `Bearer` plus a 16 KB run of spaces made one backtrack quadratically.
    const scheme = header.slice(0, 7).toLowerCase();
    const token = header.slice(7).trim();
    if (scheme !== 'bearer ' || token === '')
      throw new EntenteError('UNAUTHORIZED', 'This server takes writes only with its token: expected an "Authorization: Bearer <token>" header');
    if (!timingSafeEqual(digest(token), want)) throw new EntenteError('UNAUTHORIZED', 'The bearer token does not match the server token');
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
