import { z } from 'zod';
import { dayParam, EVERY_STATUS, statusesParam } from '../query.js';
import type { MembersAnswer } from '../../graph/answers.js';
import type { Routes } from '../route.js';
import { dateText, errorResponses, historyAnswer, idParam, membersAnswer, seriesAnswer, strictParam, typesParam } from '../schemas.js';

const tags = ['organizations'];

export const organizationRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/organizations/:id/members',
    {
      schema: {
        tags,
        summary: 'Members of an organization or alliance on a day, each with its sources',
        params: idParam,
        querystring: z.object({
          on: dateText.optional(),
          source: z.string().max(40).optional().describe('follow one dataset (curated, atop, cow-igo, desta) instead of the precedence'),
          status: typesParam(EVERY_STATUS).optional().describe('statuses listed as members, comma-separated (default: member)'),
          all: z.stringbool().optional().describe('every standing: associates, observers, suspended members, candidates, partners and signatories too'),
          strict: strictParam,
        }),
        response: { 200: membersAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const q = request.query;
      // Already JSON (kept per segment of time by the graph service): a JSON string is sent as it is.
      const body = await app.graph.membersJson(request.params.id, dayParam(q.on, app.config.today), {
        source: q.source,
        statuses: statusesParam(q.status, q.all),
        strict: q.strict === true,
      });
      // The text is JSON.stringify of a MembersAnswer (test/unit/graph-members-json.test.ts): the schema's type holds.
      return reply.type('application/json; charset=utf-8').send(body as unknown as MembersAnswer);
    },
  );

  server.get(
    '/api/organizations/:id/history',
    {
      schema: {
        tags,
        summary: 'Every membership change of an organization, day by day, with sources',
        params: idParam,
        querystring: z.object({ source: z.string().max(40).optional() }),
        response: { 200: historyAnswer, ...errorResponses },
      },
    },
    async (request) => app.graph.history(request.params.id, { source: request.query.source }),
  );

  server.get(
    '/api/organizations/:id/series',
    {
      schema: {
        tags,
        summary: 'Members over time: the count of full members per year, every accession (grouped into waves by day) and departure, and the founding treaties',
        params: idParam,
        response: { 200: seriesAnswer, ...errorResponses },
      },
    },
    async (request) => app.graph.series(request.params.id, 'organization', app.config.today()),
  );
};
