import { z } from 'zod';
import type { Routes } from '../route.js';
import { errorResponses } from '../schemas.js';

const searchAnswer = z.strictObject({
  query: z.string(),
  results: z
    .array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        matched: z.string().describe('the name or alias that matched, as the data writes it'),
        how: z.enum(['id', 'name', 'spelling', 'pattern', 'prefix', 'word', 'contains', 'typo']).describe('how it matched, best first'),
      }),
    )
    .readonly(),
});

/** Name completion for the UI's pickers: the app's one name matcher, which forgives typos and other spellings. */
export const searchRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/search',
    {
      schema: {
        tags: ['meta'],
        summary: 'States and organizations a typed name could mean, best first: ids, names and aliases in every language the data has, other spellings, typos',
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
      const found = await app.names.search(q, kind, limit);
      return { query: q, results: found.map((m) => ({ id: m.id, name: m.name, kind: m.kind, matched: m.matched, how: m.how })) };
    },
  );
};
