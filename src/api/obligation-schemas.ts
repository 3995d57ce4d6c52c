import { z } from 'zod';
import { dateText } from './schemas.js';

/**
 * The obligations engine's answer shapes (src/rules/answers.ts) as zod schemas, for the OpenAPI document and
 * the compile-time check that route answers match them; test/api/ parses real answers against them.
 */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const stateRef = z.strictObject({ id: z.string(), name: z.string() });
const treatyRef = z.strictObject({ id: z.string(), name: z.string(), phase: z.number() });
const kind = z.enum(['defense', 'offense', 'neutrality', 'nonaggression', 'consultation']);
const side = z.enum(['attacked', 'attacker']);
const source = z.strictObject({ dataset: z.string(), ref: z.string(), rule: z.string().optional(), citation: z.string().optional() });
const article = z.strictObject({ treaty: z.string(), article: z.string(), summary: z.string(), citation: z.string(), url: z.string().optional() }).nullable();
const switches = z.record(z.string(), z.boolean());

/** Every obligation line's freshness (src/rules/answers.ts `ObligationFreshness`). */
const freshness = {
  verifiedThrough: z.string().describe("the earlier of the two parties' memberships' last verified days"),
  carriedForward: z.boolean().describe('true when the day asked is later: the line rests on a membership carried forward past its source'),
  carriedFrom: source.optional().describe("with carriedForward: the staler membership's source"),
};

const condition = z.strictObject({
  code: z.string(),
  holds: z.boolean().nullable().describe('true holds, false fails, null unknown'),
  atop: z.string().optional(),
  reason: z.string(),
});

const obligationLine = z.strictObject({
  state: stateRef,
  kind,
  toward: stateRef,
  treaty: treatyRef,
  article,
  conditions: list(condition),
  sources: list(source),
  rule: z.string().describe('the provision id: why this line exists'),
  side,
  ...freshness,
});

const scenario = z.strictObject({ attacked: stateRef, attacker: stateRef.nullable(), on: z.string(), location: z.string(), switches, strict: z.boolean() });

const articleText = z.strictObject({ treaty: z.string(), article: z.string(), summary: z.string(), citation: z.string(), url: z.string().optional() });
const pagedLine = obligationLine.extend({
  article: z.strictObject({ treaty: z.string(), article: z.string(), ref: z.string().describe('key into `articles`') }).nullable(),
});

/** GET /api/obligations: a page of lines of the kinds asked for, each article's text once (src/api/obligations-page.ts). */
export const obligationsAnswer = z.strictObject({
  scenario,
  obligations: list(pagedLine),
  inactive: list(pagedLine.extend({ reason: z.string() })).describe('in force but not binding here, with why; paged like `obligations`'),
  breaches: list(pagedLine),
  articles: z.record(z.string(), articleText).describe('the treaty articles the lines cite, once each'),
  counts: z.strictObject({
    obligations: z.number().describe('lines of the kinds asked for, over every page'),
    byKind: z.record(z.string(), z.strictObject({ lines: z.number(), states: z.number() })),
    inactive: z.number(),
  }),
  offset: z.number(),
  limit: z.number(),
  next: z.number().nullable().describe('the offset of the next page, or null on the last'),
  notes: list(z.string()),
});

export const boundAnswer = z.strictObject({
  state: stateRef,
  on: z.string(),
  switches,
  strict: z.boolean(),
  obligations: list(
    z.strictObject({
      kind,
      treaty: treatyRef,
      article,
      toward: list(stateRef),
      conditions: list(z.strictObject({ code: z.string(), atop: z.string().optional(), note: z.string() })),
      rule: z.string(),
      off: z.string().optional(),
      sources: list(source),
      ...freshness,
    }),
  ),
  notes: list(z.string()),
});

const reason = z.strictObject({ kind, toward: stateRef, against: stateRef, treaty: treatyRef, rule: z.string(), ...freshness });

export const cascadeAnswer = z.strictObject({
  scenario: scenario.extend({ attacker: stateRef }),
  rounds: list(
    z.strictObject({
      round: z.number(),
      joined: list(z.strictObject({ state: stateRef, side, because: list(reason), ...freshness })),
      uncertain: list(z.strictObject({ state: stateRef, side, reason: z.string(), rule: z.string() })),
    }),
  ),
  sides: z.strictObject({ attacked: list(stateRef), attacker: list(stateRef) }),
  bothSides: list(z.strictObject({ state: stateRef, joined: side.nullable(), toAttacked: list(reason), toAttacker: list(reason) })),
  breaches: list(obligationLine),
  notes: list(z.string()),
});

export const conflictsAnswer = z.strictObject({
  on: z.string(),
  switches,
  strict: z.boolean(),
  byState: list(
    z.strictObject({
      state: stateRef,
      across: z.number().describe('dyads whose members are not allied to each other'),
      within: z.number(),
      defends: z.number(),
    }),
  ),
  conflicts: list(
    z.strictObject({
      state: stateRef,
      dyad: z.tuple([stateRef, stateRef]).readonly(),
      allied: z.boolean().describe('whether either member of the dyad is bound to defend the other'),
      treaties: z.tuple([list(treatyRef), list(treatyRef)]).readonly(),
    }),
  ),
  notes: list(z.string()),
});

export const switchesAnswer = z.strictObject({
  switches: list(
    z.strictObject({
      id: z.string(),
      question: z.string(),
      default: z.boolean(),
      provisions: list(z.string()),
      on: z.string(),
      off: z.string(),
      citations: list(z.string()),
    }),
  ),
});

/** `switches=cis-charter-defense:off,other:on`: the documented scholarly switches, by id. */
export const switchesParam = z
  .string()
  .max(500)
  .regex(/^([a-z0-9-]+:(on|off|true|false))(,[a-z0-9-]+:(on|off|true|false))*$/, 'id:on or id:off, comma-separated')
  .transform(
    (s) =>
      Object.fromEntries(
        s.split(',').map((p) => {
          const [id, v] = p.split(':');
          return [id!, v === 'on' || v === 'true'];
        }),
      ) as Record<string, boolean>,
  );

export const scenarioQuery = z.object({
  attacked: z.string().min(1).max(200).describe('the state attacked: id or name'),
  attacker: z.string().min(1).max(200).optional(),
  on: dateText.optional(),
  location: z.string().max(80).optional().describe("where the attack falls: the attacked state's territory (default) or a place"),
  provoked: z.stringbool().optional().describe('whether the attacked state provoked the attack (non-provocation conditions)'),
  requested: z.stringbool().optional().describe('the attacked state asks its allies to act (request conditions)'),
  switches: switchesParam.optional(),
  strict: z.stringbool().optional().describe('leave out memberships carried forward past the last day their sources speak of'),
});

export const pageQuery = z.object({
  kind: z
    .string()
    .max(100)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(kind))
    .optional()
    .describe('obligation kinds to list, comma-separated (default: every kind)'),
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('obligation lines per page'),
  inactiveLimit: z.coerce.number().int().min(0).max(1000).default(20).describe('lines that do not bind, per page (they page with the same offset)'),
  offset: z.coerce.number().int().min(0).default(0),
});
