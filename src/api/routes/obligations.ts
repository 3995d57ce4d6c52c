import { z } from 'zod';
import type { IsoDate } from '../../core/time.js';
import type { ScenarioInput } from '../../rules/obligation-service.js';
import {
  boundAnswer,
  cascadeAnswer,
  conflictsAnswer,
  obligationsAnswer,
  pageQuery,
  scenarioQuery,
  switchesAnswer,
  switchesParam,
} from '../obligation-schemas.js';
import { pageObligations } from '../obligations-page.js';
import { dayParam } from '../query.js';
import type { Routes } from '../route.js';
import { dateText, errorResponses, idParam, strictParam } from '../schemas.js';

const tags = ['obligations'];

/** Treaty obligations (issue 3): who must act when a state is attacked, whom a state is bound to, escalation, conflicts. */
export const obligationRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/obligations',
    {
      schema: {
        tags,
        summary: 'Who is bound to act when a state is attacked on a day: obligations whose conditions hold, the rest with the reason, a page at a time',
        querystring: scenarioQuery.extend(pageQuery.shape),
        response: { 200: obligationsAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const answer = await app.obligations.obligations(scenarioOf(q, app.config.today));
      return pageObligations(answer, { ...(q.kind ? { kinds: q.kind } : {}), offset: q.offset, limit: q.limit, inactiveLimit: q.inactiveLimit });
    },
  );

  server.get(
    '/api/states/:id/obligations',
    {
      schema: {
        tags,
        summary: 'Whom a state is bound to on a day, and how (no scenario: conditions are listed, not judged)',
        params: idParam,
        querystring: z.object({ on: dateText.optional(), switches: switchesParam.optional(), strict: strictParam }),
        response: { 200: boundAnswer, ...errorResponses },
      },
    },
    async (request) =>
      app.obligations.boundBy(request.params.id, dayParam(request.query.on, app.config.today), request.query.switches ?? {}, request.query.strict === true),
  );

  server.get(
    '/api/cascade',
    {
      schema: {
        tags,
        summary: 'Escalation round by round: who joins which side and why, and who is bound to both',
        querystring: scenarioQuery.extend({ attacker: z.string().min(1).max(200) }),
        response: { 200: cascadeAnswer, ...errorResponses },
      },
    },
    async (request) => app.obligations.cascade({ ...scenarioOf(request.query, app.config.today), attacker: request.query.attacker }),
  );

  server.get(
    '/api/conflicts',
    {
      schema: {
        tags,
        summary: 'States bound to defend both members of some dyad on a day',
        querystring: z.object({ on: dateText.optional(), state: z.string().max(200).optional(), switches: switchesParam.optional(), strict: strictParam }),
        response: { 200: conflictsAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return app.obligations.conflicts(dayParam(q.on, app.config.today), {
        ...(q.state ? { state: q.state } : {}),
        ...(q.switches ? { switches: q.switches } : {}),
        strict: q.strict === true,
      });
    },
  );

  server.get(
    '/api/switches',
    {
      schema: {
        tags,
        summary: 'The documented questions scholars disagree on, each a switch with its default and citations',
        response: { 200: switchesAnswer },
      },
    },
    async () => ({ switches: [...app.obligations.ruleBook.switches.values()] }),
  );
};

/** The what-if query (`?attacked=&attacker=&on=&...`) as the service's scenario, for /api/obligations and /api/cascade alike. */
function scenarioOf(q: z.infer<typeof scenarioQuery>, today: () => IsoDate): ScenarioInput {
  return {
    attacked: q.attacked,
    on: dayParam(q.on, today),
    ...(q.attacker ? { attacker: q.attacker } : {}),
    ...(q.location ? { location: q.location } : {}),
    ...(q.provoked !== undefined ? { provoked: q.provoked } : {}),
    ...(q.requested !== undefined ? { requested: q.requested } : {}),
    ...(q.switches ? { switches: q.switches } : {}),
    ...(q.strict ? { strict: true } : {}),
  };
}
