import { after, before } from 'node:test';
import { createApp, type App } from '../../src/app.js';
import { buildServer, type ServerOptions } from '../../src/api/server.js';
import type { ApiServer } from '../../src/api/route.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { apiWorld } from './api-world.js';

export interface Harness {
  app: App;
  server: ApiServer;
}

/**
 * An app on an in-memory SQLite database loaded from the API fixture through the normal load path, and a server
 * on it that tests call with `inject()` (no port). Call at the top of a test file.
 */
export function useServer(options: ServerOptions & { empty?: boolean } = {}): Harness {
  const h = {} as Harness;
  before(async () => {
    h.app = await createApp({ db: ':memory:', dataDir: writeDataDir(apiWorld), logLevel: 'silent', today: '2026-12-06' });
    if (!options.empty) await h.app.ensureLoaded();
    h.server = await buildServer(h.app, options);
  });
  after(async () => {
    await h.server.close();
    await h.app.close();
  });
  return h;
}

/** GET as JSON. */
export async function getJson(h: Harness, url: string): Promise<{ status: number; body: any }> {
  const res = await h.server.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
}
