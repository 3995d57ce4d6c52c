/** The stage context the actor evals run on: the reference graph of a fresh app, else the test fixture graph. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noEventCoder } from '../src/extract/event-coder.js';
import type { StageContext } from '../src/extract/stage.js';
import { fixtureGraph } from '../test/fixtures/news/fixture-graph.js';

export interface ActorContext {
  readonly ctx: StageContext;
  /** What the actors resolved against ("reference data", or the fixture graph and why). */
  readonly name: string;
  close(): Promise<void>;
}

/** The actor stages of `ingest` (app.news.context), with the event coder left out: only actors are scored. */
export async function actorContext(): Promise<ActorContext> {
  try {
    const { createApp } = await import('../src/app.js');
    const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'actors-eval-')), 'db.sqlite') });
    await app.ensureLoaded();
    const ctx = await app.news.context();
    return {
      ctx: { ...ctx, coder: { ...noEventCoder, ...(ctx.coder.groups ? { groups: ctx.coder.groups } : {}) } },
      name: 'reference data',
      close: () => app.close(),
    };
  } catch (e) {
    return {
      ctx: { graph: fixtureGraph(), coder: noEventCoder },
      name: `fixture graph (${e instanceof Error ? e.message.split('\n')[0] : e})`,
      close: async () => undefined,
    };
  }
}
