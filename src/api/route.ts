import type { FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { Logger } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../app.js';

/** The Fastify instance with zod schemas typing each route's params, query and body. */
export type ApiServer = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Logger, ZodTypeProvider>;

export interface RouteContext {
  readonly app: App;
  /** For writes, as a preHandler: checks the bearer token when the server has one, lets everything through otherwise. */
  readonly requireToken: (request: FastifyRequest) => Promise<void>;
}

/** One resource's routes; every file in routes/ exports one. */
export type Routes = (server: ApiServer, ctx: RouteContext) => void;
