import { z } from 'zod';
import { dayParam, EVERY_STATUS, statusesParam } from '../query.js';
import type { Routes } from '../route.js';
import { dateText, errorResponses, idParam, leadersAnswer, onQuery, organizationsAnswer, seriesAnswer, strictParam, typesParam } from '../schemas.js';

const tags = ['states'];

export const stateRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/states/:id/organizations',
    {
      schema: {
        tags,
        summary: "A state's organizations and alliances on a day",
        params: idParam,
        querystring: z.object({
          on: dateText.optional(),
          source: z.string().max(40).optional(),
          status: typesParam(EVERY_STATUS).optional().describe('statuses listed, comma-separated (default: member, associate, observer, suspended)'),
          all: z.stringbool().optional().describe('every standing: candidates, partners and signatories too'),
          strict: strictParam,
        }),
        response: { 200: organizationsAnswer, ...errorResponses },
      },
    },
    async (request) =>
      app.graph.organizations(request.params.id, dayParam(request.query.on, app.config.today), {
        source: request.query.source,
        statuses: statusesParam(request.query.status, request.query.all),
        strict: request.query.strict === true,
      }),
  );

  server.get(
    '/api/states/:id/leaders',
    {
      schema: {
        tags,
        summary: "A state's leaders on a day (effective leader, head of state, head of government)",
        params: idParam,
        querystring: onQuery.extend({ strict: strictParam }),
        response: { 200: leadersAnswer, ...errorResponses },
      },
    },
    async (request) => app.graph.leaders(request.params.id, dayParam(request.query.on, app.config.today), { strict: request.query.strict === true }),
  );

  server.get(
    '/api/states/:id/series',
    {
      schema: {
        tags,
        summary: "A state's full memberships over time: how many organizations it belonged to per year, and when it joined or left each",
        params: idParam,
        response: { 200: seriesAnswer, ...errorResponses },
      },
    },
    async (request) => app.graph.series(request.params.id, 'state', app.config.today()),
  );
};
