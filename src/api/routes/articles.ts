import { z } from 'zod';
import { intake, type IntakeBody } from '../article-intake.js';
import type { Routes } from '../route.js';
import { errorResponses, eventDating, eventProvenance } from '../schemas.js';

const tags = ['news'];

const intakeBody = z
  .union(
    [
      z.strictObject({
        text: z.string().min(1).describe('the article: plain text, in the export layout (headline, byline, date, body) or just a body'),
        title: z.string().max(500).optional(),
        url: z.string().max(2000).optional(),
        published: z.string().max(40).optional().describe('the publication day; relative dates resolve against it'),
      }),
      z.strictObject({
        file: z.strictObject({ name: z.string().min(1).max(255), base64: z.string().min(1) }).describe('a dropped file: .txt, .html, .jsonl, .xml (RSS/Atom)'),
      }),
      z.strictObject({ feedUrl: z.string().min(1).max(2000).describe('an RSS or Atom feed (or a page) the server fetches') }),
    ],
    { error: 'expected a JSON object with "text" (and optional "title", "url", "published"), or "file": { "name", "base64" }, or "feedUrl"' },
  )
  .describe('one of: text (with optional title, url, published), file, feedUrl');

const intakeAnswer = z.strictObject({
  results: z
    .array(
      z.strictObject({
        status: z
          .enum(['stored', 'updated', 'analyzed', 'exists', 'duplicate', 'problem'])
          .describe('updated: the same text was stored with another date (URL, authors) and is now revised, not twinned'),
        id: z.string().nullable(),
        message: z.string().nullable(),
        text: z.string().nullable().describe('the body the analysis spans point into'),
        analysis: z.record(z.string(), z.unknown()).nullable().describe('the `ingest --json` shape: article, actors, events, facts, claims, dates, warnings'),
      }),
    )
    .readonly(),
});

const storedArticle = z.strictObject({
  id: z.string(),
  title: z.string().nullable(),
  authors: z.array(z.string()).readonly(),
  published: z.string(),
  dateEstimated: z.boolean(),
  url: z.string().nullable(),
  origin: z.string(),
  ingestedAt: z.string(),
  revisedAt: z.string().nullable().describe('when the same text came again with a corrected date and replaced the analysis'),
  counts: z.strictObject({ actors: z.number(), events: z.number(), facts: z.number(), claims: z.number() }),
});

const span = { start: z.number().describe('character offset into `text`'), end: z.number().describe('end offset, exclusive') };

/** GET /api/articles/:id: what `ingest --json` prints, as stored (date mentions and sentence indexes are not kept). */
export const articleAnswer = z.strictObject({
  article: storedArticle.extend({ captions: z.array(z.strictObject({ text: z.string(), credit: z.string().nullable() })).readonly() }),
  text: z.string().describe('the body the spans point into'),
  actors: z
    .array(
      z.strictObject({
        text: z.string(),
        ...span,
        id: z.string().describe('graph id (RUS, CSTO), `person:` or `candidate:` for names no dictionary resolves'),
        name: z.string().describe('the name it resolved to (Vladimir Putin for "Putin")'),
        type: z.enum(['state', 'government', 'organization', 'alliance', 'agreement', 'person', 'place']),
        role: z.string().nullable(),
        state: z.string().nullable(),
        cameo: z.string(),
        refersTo: z.number().nullable().describe('start offset of the actor an anaphor or short name refers back to'),
        confidence: z.number(),
        ruleId: z.string(),
      }),
    )
    .readonly(),
  events: z
    .array(
      z.strictObject({
        source: z.string(),
        target: z.string().nullable(),
        sourceId: z.string().nullable(),
        targetId: z.string().nullable(),
        cameo: z.string(),
        plover: z.string().nullable(),
        ...eventDating,
        sentence: z.string(),
        ...span,
        ruleId: z.string().describe('what gave the code: a CAMEO.2.0 pattern or block, or a rule of ours'),
        ...eventProvenance,
      }),
    )
    .readonly(),
  facts: z
    .array(
      z.strictObject({
        predicate: z.enum(['member_of', 'applied_to', 'party_to', 'hosts_base_of', 'holds_office', 'founded_in', 'force_size', 'has_provision']),
        subject: z.string(),
        object: z.string(),
        qualifiers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
        text: z.string(),
        ...span,
        confidence: z.number(),
        ruleId: z.string(),
        status: z.string().optional().describe('a change of membership: the status from the day on'),
        from: z.string().optional().describe('the day the change took effect'),
        to: z.string().optional(),
        precision: z.enum(['day', 'month', 'year']).optional(),
      }),
    )
    .readonly(),
  claims: z
    .array(
      z.strictObject({
        text: z.string(),
        status: z.enum(['supported', 'contradicted', 'unverifiable']),
        explanation: z.string(),
        flag: z.string().nullable(),
        names: z.array(z.string()).readonly(),
        evidence: z.array(z.string()).readonly(),
        ...span,
        ruleId: z.string(),
      }),
    )
    .readonly(),
  warnings: z.array(z.string()).readonly(),
});

/** Articles (issue 4): ingest one (a write: needs the token when the server has one), list what is stored, read one. */
export const articleRoutes: Routes = (server, { app, requireToken }) => {
  server.post(
    '/api/articles',
    {
      // The token is checked before the body is read, and the route waits for a place among the analyses
      // (hardening.ts and analysis-gate.ts, server-wide); here once more, should the route move.
      onRequest: async (request) => requireToken(request),
      config: { analysis: true },
      schema: {
        tags,
        summary: 'Ingest an article: actors with spans, coded events with their sentence, proposed facts, claims checked against the graph',
        description:
          'Needs `Authorization: Bearer <token>` when the server was started with ENTENTE_TOKEN. Stored once per content hash; `dryRun` analyses without storing.',
        querystring: z.object({ dryRun: z.stringbool().optional() }),
        body: intakeBody,
        response: { 200: intakeAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const maxBytes = server.initialConfig.bodyLimit ?? 2 * 1024 * 1024;
      return {
        results: await intake(app, request.body as IntakeBody, {
          dryRun: request.query.dryRun === true,
          maxBytes: maxBytes * 4,
          signal: request.analysisSignal,
        }),
      };
    },
  );

  server.get(
    '/api/articles',
    {
      schema: {
        tags,
        summary: 'Stored articles, newest first, with how many actors, events, facts and claims each has',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: z.strictObject({ articles: z.array(storedArticle).readonly() }), ...errorResponses },
      },
    },
    async (request) => ({ articles: await app.news.articles(request.query.limit) }),
  );

  server.get(
    '/api/articles/:id',
    {
      schema: {
        tags,
        summary: 'One stored article: its metadata and text, actors with spans, coded events with their dates, proposed facts, checked claims',
        params: z.object({ id: z.string().min(1).max(200).describe('a stored article id, as GET /api/articles lists it') }),
        response: { 200: articleAnswer, ...errorResponses },
      },
    },
    async (request) => app.news.article(request.params.id),
  );

  server.delete(
    '/api/articles/:id',
    {
      preHandler: async (request) => requireToken(request),
      schema: {
        tags,
        summary: 'Delete a stored article and everything found in it (actors, events, proposed facts, claims), in one transaction',
        description:
          'Needs `Authorization: Bearer <token>` when the server was started with ENTENTE_TOKEN. 404 UNKNOWN_ARTICLE, nothing deleted, for an unknown id.',
        params: z.object({ id: z.string().min(1).max(200).describe('a stored article id, as GET /api/articles lists it') }),
        response: {
          200: z.strictObject({
            id: z.string(),
            deleted: z
              .strictObject({ actors: z.number(), events: z.number(), facts: z.number(), claims: z.number() })
              .describe('rows removed with the article'),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => (await app.news.delete([request.params.id]))[0]!,
  );
};
