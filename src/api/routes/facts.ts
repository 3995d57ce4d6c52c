import { z } from 'zod';
import type { Routes } from '../route.js';
import { errorResponses } from '../schemas.js';

const tags = ['news'];

const factView = z.strictObject({
  id: z.string(),
  subject: z.strictObject({ id: z.string(), name: z.string() }),
  predicate: z.string().describe('member_of, or applied_to for an application (never a membership)'),
  object: z.strictObject({ id: z.string(), name: z.string() }),
  status: z.string().describe('member, suspended, withdrawn, observer, candidate, or applied'),
  from: z.string().describe('the day the change took effect (a month or year starts on its first day)'),
  to: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year']),
  article: z.strictObject({ id: z.string(), title: z.string().nullable(), published: z.string(), url: z.string().nullable() }),
  span: z.strictObject({ start: z.number(), end: z.number(), text: z.string() }).describe('character offsets into the article text'),
  confidence: z.number(),
  rule: z.string(),
  review: z.enum(['pending', 'accepted', 'rejected']),
  corroboration: z.number().describe('how many stored articles state the same change'),
  reason: z.string().nullable().describe('why it was rejected'),
});

const factsAnswer = z.strictObject({ facts: z.array(factView).readonly() });
const reviewAnswer = z.strictObject({ facts: z.array(factView).readonly(), changed: z.number().describe('0 when the fact already had this outcome') });
const idParams = z.object({ id: z.string().min(1).max(100).describe('a fact id, as GET /api/facts lists it') });

/** The review queue of facts the news proposes: list, one with what accepting it changes, accept, reject. */
export const factRoutes: Routes = (server, { app, requireToken }) => {
  server.get(
    '/api/facts',
    {
      schema: {
        tags,
        summary: 'Facts the stored news proposes (membership changes), by review: pending, accepted or rejected',
        querystring: z.object({
          review: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
          limit: z.coerce.number().int().min(1).max(5000).default(500),
        }),
        response: { 200: factsAnswer, ...errorResponses },
      },
    },
    async (request) => app.facts.list(request.query.review, request.query.limit),
  );

  server.get(
    '/api/facts/:id',
    {
      schema: {
        tags,
        summary: "One proposed fact, with what accepting it changes (the organization's members on its day, before and after)",
        params: idParams,
        response: {
          200: z.strictObject({
            fact: factView,
            impact: z
              .strictObject({
                organization: z.strictObject({ id: z.string(), name: z.string() }),
                on: z.string(),
                before: z.number(),
                after: z.number(),
                text: z.string().describe('"CSTO on 2026-11-10: 6 members -> 5"'),
              })
              .nullable()
              .describe('null for an application, which changes no membership'),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ fact: await app.facts.get(request.params.id), impact: await app.facts.impact(request.params.id) }),
  );

  server.post(
    '/api/facts/:id/accept',
    {
      preHandler: async (request) => requireToken(request),
      schema: {
        tags,
        summary: 'Accept a proposed fact: it joins the graph as the `news` source, citing its article and span',
        description:
          'Needs `Authorization: Bearer <token>` when the server was started with ENTENTE_TOKEN. Idempotent; 404 UNKNOWN_FACT, 409 FACT_REVIEWED (rejected before), 422 BAD_FACT (ends before it starts): nothing changed.',
        params: idParams,
        response: { 200: reviewAnswer, ...errorResponses },
      },
    },
    async (request) => app.facts.accept([request.params.id]),
  );

  server.post(
    '/api/facts/:id/reject',
    {
      preHandler: async (request) => requireToken(request),
      schema: {
        tags,
        summary: 'Reject a proposed fact with a reason; it keeps its record',
        description:
          'Needs `Authorization: Bearer <token>` when the server was started with ENTENTE_TOKEN. Idempotent; 404 UNKNOWN_FACT, 409 FACT_REVIEWED (accepted before): nothing changed.',
        params: idParams,
        body: z.strictObject({ reason: z.string().min(1).max(2000) }),
        response: { 200: reviewAnswer, ...errorResponses },
      },
    },
    async (request) => app.facts.reject([request.params.id], request.body.reason),
  );
};
