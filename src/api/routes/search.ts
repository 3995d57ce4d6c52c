import { z } from 'zod';
import type { App } from '../../app.js';
import type { EntityKind } from '../../core/entity.js';
import { nameKey } from '../../core/normalize.js';
import type { Routes } from '../route.js';
import { errorResponses } from '../schemas.js';

const KINDS: Record<string, readonly EntityKind[]> = {
  state: ['state'],
  organization: ['organization', 'alliance', 'agreement'],
  any: ['state', 'organization', 'alliance', 'agreement'],
};

const searchAnswer = z.strictObject({
  query: z.string(),
  results: z.array(z.strictObject({ id: z.string(), name: z.string(), kind: z.string(), matched: z.string() })).readonly(),
});

/** Name completion for the UI's pickers: ids and aliases that start with (then contain) what was typed. */
export const searchRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/search',
    {
      schema: {
        tags: ['meta'],
        summary: 'States and organizations whose id, name or alias starts with or contains the text',
        querystring: z.object({
          q: z.string().min(1).max(100),
          kind: z.enum(['state', 'organization', 'any']).default('any'),
          limit: z.coerce.number().int().min(1).max(50).default(12),
        }),
        response: { 200: searchAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const { q, kind, limit } = request.query;
      return { query: q, results: await search(app, q, KINDS[kind]!, limit) };
    },
  );
};

type Hit = { id: string; name: string; kind: string; matched: string };

/** Per app: the alias list, loaded once per reference version (22,000 rows on the real data). */
const lists = new WeakMap<App, { version: string | null; entries: Promise<Array<{ key: string; text: string; entityId: string }>> }>();

async function search(app: App, q: string, kinds: readonly EntityKind[], limit: number): Promise<Hit[]> {
  const version = await app.stores.graph.referenceVersion();
  let list = lists.get(app);
  if (!list || list.version !== version) {
    list = { version, entries: app.stores.graph.aliases().then((as) => as.filter((a) => !a.key.startsWith('re:'))) };
    lists.set(app, list);
  }
  const key = nameKey(q);
  const upper = q.trim().toUpperCase();
  const scored = new Map<string, { score: number; matched: string }>();
  for (const a of await list.entries) {
    const score = a.entityId === upper ? 0 : a.key === key ? 1 : a.key.startsWith(key) ? 2 : a.key.includes(key) ? 3 : -1;
    if (score < 0) continue;
    const have = scored.get(a.entityId);
    if (!have || score < have.score) scored.set(a.entityId, { score, matched: a.text });
  }
  const ranked = [...scored.entries()].sort((x, y) => x[1].score - y[1].score || x[1].matched.length - y[1].matched.length);
  const entities = new Map((await app.stores.graph.entities(ranked.slice(0, limit * 10).map(([id]) => id))).map((e) => [e.id, e]));
  const out: Hit[] = [];
  for (const [id, { matched }] of ranked) {
    const e = entities.get(id);
    if (!e || !kinds.includes(e.kind)) continue;
    out.push({ id, name: e.name, kind: e.kind, matched });
    if (out.length === limit) break;
  }
  return out;
}
