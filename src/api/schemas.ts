import { z } from 'zod';

/**
 * The request pieces every route shares and the answer shapes of src/graph/answers.ts as zod schemas, for
 * validation and for the OpenAPI document. Responses are not re-validated at run time (that would halve the
 * throughput); test/api/ parses real answers with these schemas instead, so a drift fails a test.
 */
/** Answers hold readonly arrays (src/graph/answers.ts); the schemas say so, so the compiler checks them against each other. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

export const dateText = z.string().max(32).describe('YYYY-MM-DD, or a bare year YYYY meaning 1 July of it');

export const onQuery = z.object({ on: dateText.optional().describe('the day asked about (default today)') });

export const idParam = z.object({ id: z.string().min(1).max(200).describe('an id, a name or an acronym') });

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().describe('one of the codes in src/core/errors.ts'),
      message: z.string(),
      suggestions: list(z.string()).optional().describe('closest names, for an unknown or ambiguous one'),
    }),
  })
  .describe('every 4xx and 5xx answer');

export const errorResponses = { 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody, 413: errorBody, 422: errorBody, 503: errorBody };

const entityRef = z.object({ id: z.string(), name: z.string() });

const sourceRef = z.strictObject({
  dataset: z.string(),
  ref: z.string(),
  rule: z.string().optional(),
  citation: z.string().optional(),
  span: z.strictObject({ start: z.number(), end: z.number() }).optional().describe('for a fact read from the news: where it stands in its article'),
  precision: z.string(),
});

/** Every line's freshness (src/graph/answers.ts `Freshness`). */
const freshness = {
  verifiedThrough: z.string().describe("the last day a source that says this speaks of it: a dataset's coverage end, or a curated file's asOf"),
  carriedForward: z.boolean().describe("true when the day asked is later than verifiedThrough: the line is that source's last word, carried forward"),
  carriedFrom: sourceRef.optional().describe('with carriedForward: the source it is carried from'),
};

const membershipLine = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  from: z.string(),
  to: z.string().describe('empty while the membership is open'),
  sources: list(sourceRef),
  ...freshness,
});

/** `?strict=true`: leave out lines carried forward past the last day their sources speak of. */
export const strictParam = z.stringbool().optional().describe('leave out lines carried forward past the last day their sources speak of');

export const membersAnswer = z.strictObject({
  organization: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
  on: z.string(),
  following: z.string(),
  strict: z.boolean(),
  members: list(membershipLine),
  others: list(membershipLine),
  disagreements: list(z.strictObject({ id: z.string(), name: z.string(), says: list(z.strictObject({ dataset: z.string(), status: z.string().nullable() })) })),
  notes: list(z.string()),
});

export const organizationsAnswer = z.strictObject({
  state: entityRef,
  on: z.string(),
  following: z.string(),
  strict: z.boolean(),
  organizations: list(membershipLine.extend({ kind: z.string() })),
  alliances: list(membershipLine.extend({ phase: z.number().nullable() })),
  notes: list(z.string()),
});

export const historyAnswer = z.strictObject({
  organization: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
  entries: list(
    z.strictObject({
      date: z.string(),
      state: entityRef,
      change: z.enum(['joined', 'left']),
      status: z.string(),
      source: sourceRef,
      followed: z.boolean().describe('whether the default precedence follows this source on that day'),
      ...freshness,
    }),
  ),
  notes: list(z.string()),
});

export const leadersAnswer = z.strictObject({
  state: entityRef,
  on: z.string(),
  strict: z.boolean(),
  leaders: list(z.strictObject({ person: entityRef, office: z.string(), from: z.string(), to: z.string(), sources: list(sourceRef), ...freshness })),
  notes: list(z.string()),
});

export const basesAnswer = z.strictObject({
  on: z.string(),
  bases: list(
    z.strictObject({ host: entityRef, user: entityRef, base: z.string(), place: z.string(), from: z.string(), to: z.string(), sources: list(sourceRef) }),
  ),
  notes: list(z.string()),
});

const stepLine = z.strictObject({ on: z.string(), who: list(entityRef) });

export const seriesAnswer = z.strictObject({
  subject: z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(['organization', 'state']) }),
  until: z.string(),
  points: list(z.strictObject({ year: z.number(), count: z.number() })),
  joins: list(stepLine).describe('accessions by day: several on one day are a wave'),
  leaves: list(stepLine),
  treaties: list(entityRef).describe("an organization's founding treaties"),
  notes: list(z.string()),
});

const changeLine = z.strictObject({
  state: entityRef,
  organization: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
  change: z.enum(['joined', 'left', 'changed']),
  was: z.string().nullable().describe('status on the first day; null: not attached'),
  now: z.string().nullable().describe('status on the second day; null: not attached'),
  on: z.string().describe('the day the change took effect, as the deciding source dates it'),
  sources: list(sourceRef),
});

export const diffAnswer = z.strictObject({
  subject: z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(['organization', 'state']) }).nullable(),
  from: z.string(),
  to: z.string(),
  changes: list(changeLine),
  counts: z.strictObject({ joined: z.number(), left: z.number(), changed: z.number() }),
  notes: list(z.string()),
});

/** A comma-separated list in a query string: `types=alliance,customs_union`. */
const csv = z
  .string()
  .max(500)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  );

const offsets = z.strictObject({ start: z.number(), end: z.number() });

/** Where an event's actors and verb are in its article, and the grammar rules that shaped it (migration 012). */
/** When an event took place, as far as the article says (the same three fields on every event answer). */
export const eventDating = {
  date: z.string().describe("YYYY-MM-DD; a year-precise event keeps 1 July of its year; an undated event's is the ingest day, to sort by only"),
  datePrecision: z
    .enum(['day', 'month', 'year', 'undated'])
    .describe('how much of `date` is known; undated: nothing (the article has no date, and no year dates the event); such events match no from/to range'),
  dateText: z
    .string()
    .nullable()
    .describe(
      'the expression that dated the event ("last year"), or that the sentence has but could not place ("on friday" of an undated article); null: the article\'s date',
    ),
};

export const eventProvenance = {
  sourceSpan: offsets.nullable().describe("the source's words in the article (character offsets); null only for events stored before 2026-12"),
  targetSpan: offsets.nullable().describe("the target's words; null for a target-less protest (and old rows)"),
  verbSpan: offsets.nullable().describe("the verb's words"),
  rules: z.array(z.string()).readonly().describe('grammar rules that shaped the event (entente code --explain prints their reasons)'),
};

/** A comma list whose every item must be one of `allowed`: an unknown value is a 400 that names the known ones. */
export function typesParam(allowed: readonly string[]) {
  return csv.refine((items) => items.every((x) => allowed.includes(x)), {
    error: (issue) => `expected a comma-separated list of ${allowed.join(', ')}; found ${JSON.stringify(issue.input)}`,
  });
}
