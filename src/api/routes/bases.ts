import { z } from 'zod';
import { dayParam } from '../query.js';
import type { Routes } from '../route.js';
import { basesAnswer, dateText, errorResponses } from '../schemas.js';

export const baseRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/bases',
    {
      schema: {
        tags: ['states'],
        summary: 'Foreign military bases on a day: who hosts whose base',
        querystring: z.object({ on: dateText.optional(), host: z.string().max(200).optional().describe('only bases in this state') }),
        response: { 200: basesAnswer, ...errorResponses },
      },
    },
    async (request) => app.graph.bases(dayParam(request.query.on, app.config.today), request.query.host),
  );
};
