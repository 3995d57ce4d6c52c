import fastifyHelmet from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';
import { EntenteError } from '../core/errors.js';
import { routeNotFound } from './error-status.js';
import type { ApiServer } from './route.js';

export interface HardeningOptions {
  /** Host names the server answers for; `*` answers any. */
  readonly allowedHosts: readonly string[];
  /** Checks the write token; run before a write's body is read. */
  readonly requireToken: (request: FastifyRequest) => Promise<void>;
}

/** `localhost` and its loopback addresses: what a server on one's own machine is reached by. */
const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** `ENTENTE_ALLOWED_HOSTS=a.example,b.example` (or `*`), else localhost. */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.ENTENTE_ALLOWED_HOSTS?.trim();
  return raw
    ? raw
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== '')
    : DEFAULT_ALLOWED_HOSTS;
}

/** JSON nested deeper than this is refused unparsed: no request of the API nests more than a few levels. */
const MAX_JSON_DEPTH = 64;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What every request meets before its route, in this order: the Host header must name a host the server answers
 * for (a page on another site that resolves its own name to 127.0.0.1, "DNS rebinding", gets 421 and no data); a
 * write must carry the token before its body is read; a JSON body nested absurdly deep is refused before it is
 * parsed. Every answer carries the security headers (a CSP without inline script, nosniff, no framing, no referrer),
 * and OPTIONS is answered with the methods a path takes.
 */
export async function registerHardening(server: ApiServer, options: HardeningOptions): Promise<void> {
  const anyHost = options.allowedHosts.includes('*');
  const hosts = new Set(options.allowedHosts);
  server.addHook('onRequest', async (request) => {
    if (!anyHost) {
      const host = hostOf(request.headers.host);
      if (!host || !hosts.has(host)) {
        throw new EntenteError(
          'BAD_HOST',
          `This server answers for ${[...hosts].join(', ')}; the request names ${host ? JSON.stringify(host.slice(0, 100)) : 'no host'} (ENTENTE_ALLOWED_HOSTS sets the list)`,
        );
      }
    }
    if (!READS.has(request.method)) await options.requireToken(request);
  });

  const json = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser('application/json');
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const depth = jsonDepth(body as string, MAX_JSON_DEPTH);
    if (depth > MAX_JSON_DEPTH)
      return done(new EntenteError('BAD_INPUT', `The body nests more than ${MAX_JSON_DEPTH} levels deep: expected a JSON object of the API`), undefined);
    return json(request, body as string, done);
  });

  await server.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The graph and timeline libraries set element styles; styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Served over plain http on one's own machine: HSTS would pin localhost to https for every other server on it.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });

  const routes: Array<{ methods: string[]; pattern: RegExp; api: boolean }> = [];
  server.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'OPTIONS');
    if (methods.length === 0) return;
    routes.push({ methods, pattern: routePattern(route.url), api: route.url.startsWith('/api/') });
  });
  server.options('*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const api = path.startsWith('/api/');
    const methods = new Set<string>();
    for (const r of routes) if ((r.api || !api) && (path === '*' || r.pattern.test(path))) for (const m of r.methods) methods.add(m);
    if (methods.size === 0) {
      const { status, body } = routeNotFound('OPTIONS', request.url);
      return reply.code(status).send(body);
    }
    return reply
      .code(204)
      .header('allow', [...methods, 'OPTIONS'].join(', '))
      .send();
  });
}

/** The host name of a Host header, lower case, without its port: `[::1]:8080` -> `[::1]`. */
function hostOf(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end === -1 ? null : h.slice(0, end + 1);
  }
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

/** `/api/states/:id/leaders` as a pattern over concrete paths; `*` matches the rest. */
function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** How deeply a JSON text nests, read in one pass (strings skipped); stops early once past `limit`. */
function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return max;
}
