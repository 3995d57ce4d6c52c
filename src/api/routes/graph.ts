import { z } from 'zod';
import { dayParam } from '../query.js';
import type { Routes } from '../route.js';
import { dateText, errorResponses, typesParam } from '../schemas.js';

const node = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['state', 'organization']),
  type: z.string(),
  region: z.string().nullable(),
});

export const snapshotAnswer = z.strictObject({
  on: z.string(),
  nodes: z.array(node).readonly(),
  edges: z
    .array(
      z.strictObject({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        status: z.string(),
        from: z.string(),
        to: z.string(),
        dataset: z.string(),
        verifiedThrough: z.string().describe('the last day a source of the membership speaks of it'),
        carriedForward: z.boolean().describe('the day shown is later than verifiedThrough: drawn dashed'),
      }),
    )
    .readonly(),
  types: z.array(z.strictObject({ type: z.string(), count: z.number() })).readonly(),
  regions: z.array(z.string()).readonly(),
  notes: z.array(z.string()).readonly(),
});

export const graphRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/graph',
    {
      schema: {
        tags: ['graph'],
        summary: 'The system on a day: states, organizations and the membership edges valid that day',
        querystring: z.object({
          on: dateText.optional(),
          types: typesParam(app.snapshots.types)
            .optional()
            .describe(
              'organization types, comma-separated; `featured` means the curated ones (default: featured, security, customs, economic, free-trade bodies)',
            ),
          region: z.string().max(80).optional().describe('only states of this region (an unknown region is a 400 that lists the known ones)'),
        }),
        response: { 200: snapshotAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return app.snapshots.snapshot(dayParam(q.on, app.config.today), { types: q.types, region: q.region });
    },
  );
};
