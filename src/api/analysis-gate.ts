import type { FastifyRequest } from 'fastify';
import { EntenteError } from '../core/errors.js';
import type { ApiServer } from './route.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route analyses articles: it is admitted only while the server takes more analyses. */
    analysis?: boolean;
  }
  interface FastifyRequest {
    /** For an analysing route: aborted when the client goes away, so its analyses stop. */
    analysisSignal: AbortSignal | undefined;
  }
}

/** Seconds a client is told to wait when the server is full: about one article's analysis on a busy machine. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * At most `capacity()` analysing requests at once, counted from before their body is read: one more is answered
 * 503 (BUSY, with Retry-After) at once, without reading its 2 MiB. A request whose client goes away aborts its
 * analyses and frees its place.
 */
export function registerAnalysisGate(server: ApiServer, capacity: () => number): void {
  let inFlight = 0;
  const admitted = new WeakMap<FastifyRequest, AbortController>();
  const release = (request: FastifyRequest) => {
    if (admitted.delete(request)) inFlight--;
  };
  server.decorateRequest('analysisSignal', undefined);
  server.addHook('onRequest', async (request) => {
    if (!request.routeOptions.config.analysis) return;
    if (inFlight >= capacity()) {
      throw new EntenteError('BUSY', `The server is analysing ${inFlight} articles already, as many as it takes at once: retry in ${RETRY_AFTER_SECONDS} s`);
    }
    inFlight++;
    const controller = new AbortController();
    admitted.set(request, controller);
    request.analysisSignal = controller.signal;
  });
  server.addHook('onRequestAbort', async (request) => {
    admitted.get(request)?.abort();
    release(request);
  });
  server.addHook('onResponse', async (request) => release(request));
}
