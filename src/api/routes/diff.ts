import { z } from 'zod';
import { dayParam } from '../query.js';
import type { Routes } from '../route.js';
import { dateText, diffAnswer, errorResponses, typesParam } from '../schemas.js';

/** Two days compared (`entente diff`): who joined, left or changed status. */
export const diffRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/diff',
    {
      schema: {
        tags: ['graph'],
        summary: 'Who joined, left or changed status between two days: for an organization, a state, or the whole system (every organization the graph shows)',
        querystring: z.object({
          from: dateText.describe('the first day: YYYY-MM-DD, a bare year, or today'),
          to: dateText.optional().describe('the second day (default today)'),
          of: z.string().max(200).optional().describe('an organization or a state (id or name); absent: the whole system'),
          types: typesParam(app.snapshots.types).optional().describe('for the whole system: organization types, as /api/graph'),
          region: z.string().max(80).optional().describe('for the whole system: only states of this region'),
        }),
        response: { 200: diffAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return app.compare.diff(dayParam(q.from, 'from'), dayParam(q.to, 'to'), q.of, { types: q.types, region: q.region });
    },
  );
};
