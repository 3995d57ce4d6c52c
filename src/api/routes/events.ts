import { z } from 'zod';
import { EntenteError } from '../../core/errors.js';
import { parseIsoDate } from '../../core/time.js';
import type { Routes } from '../route.js';
import { errorResponses, eventDating, eventProvenance } from '../schemas.js';

/** The deepest page served: paging re-reads from the start, so it stays cheap only this far. */
const MAX_WINDOW = 5000;

const event = z.strictObject({
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  source: z.string().describe('CAMEO actor code: RUSGOV, IGOWSTNAT...'),
  target: z.string().nullable(),
  sourceId: z.string().nullable().describe('graph id behind the source code'),
  targetId: z.string().nullable(),
  cameo: z.string(),
  plover: z.string().nullable(),
  ...eventDating,
  sentence: z.string(),
  ruleId: z.string(),
  start: z.number(),
  end: z.number(),
  ...eventProvenance,
});

const storedFact = z.strictObject({
  predicate: z.string(),
  subject: z.string(),
  object: z.string(),
  qualifiers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  text: z.string().describe('the sentence that states it'),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
  ruleId: z.string(),
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  published: z.string(),
});

export const eventsAnswer = z.strictObject({
  events: z.array(event).readonly(),
  offset: z.number(),
  limit: z.number(),
  next: z.number().nullable().describe('the offset of the next page, or null on the last'),
});

/** Coded events from stored articles (issue 4), by actor, day range and CAMEO code, a page at a time. */
export const eventRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/events',
    {
      schema: {
        tags: ['news'],
        summary: 'Coded events from the stored news, filtered by actor, days and CAMEO code, in date order, paged',
        querystring: z.object({
          actor: z
            .string()
            .max(100)
            .optional()
            .describe(
              'any name the graph knows (Russia, RUS, CSTO, a misspelling with one clear match) or a CAMEO code prefix in capitals (RUSGOV), as source or target; an unknown name is a 404 with the closest names',
            ),
          from: z.string().max(10).optional().describe('YYYY-MM-DD, inclusive'),
          to: z.string().max(10).optional().describe('YYYY-MM-DD, inclusive'),
          cameo: z
            .string()
            .regex(/^\d{2,4}[a-zA-Z]?$/, 'a CAMEO code or prefix such as 04 or 036')
            .optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: eventsAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.offset + q.limit > MAX_WINDOW) {
        throw new EntenteError(
          'OUT_OF_RANGE',
          `Pages end at ${MAX_WINDOW} events: offset ${q.offset} + limit ${q.limit} goes past it; narrow the days or the actor`,
        );
      }
      const from = q.from ? parseIsoDate(q.from, '"from"') : undefined;
      const to = q.to ? parseIsoDate(q.to, '"to"') : undefined;
      const want = q.cameo ? MAX_WINDOW : q.offset + q.limit + 1;
      const all = await app.news.events({ actor: q.actor, from, to, limit: want });
      const matching = q.cameo ? all.filter((e) => e.cameo.startsWith(q.cameo!)) : all;
      const events = matching.slice(q.offset, q.offset + q.limit);
      return { events, offset: q.offset, limit: q.limit, next: matching.length > q.offset + q.limit ? q.offset + q.limit : null };
    },
  );

  server.get(
    '/api/news/:id',
    {
      schema: {
        tags: ['news'],
        summary: 'What the stored news says of a state or an organization: its coded events and the facts articles proposed about it, each with its article',
        params: z.object({ id: z.string().min(1).max(200).describe('any name the graph knows') }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.strictObject({
            entity: z.strictObject({ id: z.string(), name: z.string() }),
            events: z.array(event).readonly(),
            facts: z.array(storedFact).readonly(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => app.news.about(request.params.id, request.query.limit),
  );
};
