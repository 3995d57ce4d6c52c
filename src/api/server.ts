import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../app.js';
import { RETRY_AFTER_SECONDS, registerAnalysisGate } from './analysis-gate.js';
import { badUrl, clientErrorResponse, routeNotFound, toHttpError } from './error-status.js';
import { allowedHostsFromEnv, registerHardening } from './hardening.js';
import type { ApiServer, RouteContext } from './route.js';
import { ROUTES } from './routes/index.js';
import { tokenGuard } from './token-guard.js';

export interface ServerOptions {
  /** When set, writes (ingest) need it as a bearer token; reads stay open. */
  readonly token?: string;
  /** Largest request body in bytes (default 2 MiB: a long article, not a dump). */
  readonly bodyLimit?: number;
  /** The built UI (web/dist); when it is missing, `/` says how to build it. */
  readonly webRoot?: string;
  /** Host names the server answers for; default `ENTENTE_ALLOWED_HOSTS`, else localhost and its loopback addresses. */
  readonly allowedHosts?: readonly string[];
  /** Analysing requests at once (without analysis threads; with them, the pool's capacity). Default 4. */
  readonly maxAnalyses?: number;
  /** Milliseconds to receive a request's headers, and the whole request (default 10 s and 30 s). */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The HTTP API over an App: JSON routes under /api (one file per resource in routes/), the OpenAPI document at
 * /api/openapi.json, the UI at /. Every failure leaves through `toHttpError`, so a client only ever sees the
 * stable error body.
 */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<ApiServer> {
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = Fastify({
    loggerInstance: app.log,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // (Fastify's default query parser makes a repeated key, `?types=a&types=b`, an array; every query schema in
    // schemas.ts takes strings, so it is a 400 USAGE naming the key: a list is one value, `?types=a,b`. The test
    // is in test/api/errors.test.ts.) `/api/graph/` finds the route `/api/graph`.
    routerOptions: { ignoreTrailingSlash: true },
    // A request trickling in (a half-sent header block, a slow body) is cut at these deadlines, checked every
    // second rather than Node's 30 s, and answered 408 by `clientErrorHandler`.
    http: { headersTimeout, requestTimeout: options.requestTimeoutMs ?? 30_000, connectionsCheckingInterval: Math.min(1000, headersTimeout) },
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    // Closing (SIGTERM) ends every connection at once, a request in the middle of an analysis too.
    forceCloseConnections: true,
    frameworkErrors: (_error, _request, reply) => {
      const { status, body } = badUrl();
      void reply
        .code(status as never)
        .type('application/json')
        .send(body as never);
    },
    clientErrorHandler(error, socket) {
      const response = clientErrorResponse(error as { code?: string });
      if (response && socket.writable) socket.end(response);
      else socket.destroy();
    },
  }).withTypeProvider<ZodTypeProvider>();

  server.setValidatorCompiler(validatorCompiler);
  // Answers are typed at the source (src/graph/answers.ts); plain JSON.stringify keeps the hot path fast.
  server.setSerializerCompiler(() => (data) => JSON.stringify(data));

  server.setErrorHandler((error, request, reply) => {
    const { status, body } = toHttpError(error);
    if (status >= 500 && body.error.code !== 'BUSY') request.log.error({ err: error, url: request.url }, 'request failed');
    if (body.error.code === 'BUSY') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.code(status).type('application/json').send(body);
  });
  server.setNotFoundHandler((request, reply) => {
    const { status, body } = routeNotFound(request.method, request.url);
    return reply.code(status).send(body);
  });

  await server.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Entente API',
        version: '1',
        description: 'Alliances, organizations and treaties as a temporal graph, with executable treaty rules, fed by the news.',
      },
    },
    transform: jsonSchemaTransform,
  });

  const ctx: RouteContext = { app, requireToken: tokenGuard(options.token) };
  await registerHardening(server, { allowedHosts: options.allowedHosts ?? allowedHostsFromEnv(app.config.env), requireToken: ctx.requireToken });
  registerAnalysisGate(server, () => app.analysis?.capacity ?? options.maxAnalyses ?? 4);
  for (const routes of ROUTES) routes(server, ctx);
  server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await server.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'] });
  } else {
    server.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><title>Entente</title><p>The API is up at <a href="/api/health">/api/health</a>. The UI is not built: run <code>npm run build:web</code>.</p>',
        ),
    );
  }

  await server.ready();
  return server;
}
