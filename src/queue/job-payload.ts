import { z } from 'zod';
import { isValidDay } from '../core/time.js';
import type { Article } from '../ingest/article.js';

/**
 * A job's payload is the article itself, as JSON: a worker on another machine needs nothing from the enqueuer's
 * disk. `v` lets a later payload shape be told apart from this one while old jobs are still queued.
 */
export interface ArticlePayload {
  readonly v: 1;
  readonly article: Article;
}

const articleSchema = z.object({
  id: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['text', 'html', 'jsonl', 'rss', 'atom']),
  origin: z.string(),
  externalId: z.string().nullable(),
  title: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().refine((d) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }, 'a calendar day YYYY-MM-DD'),
  dateEstimated: z.boolean(),
  url: z.string().nullable(),
  captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() })),
  text: z.string(),
  warnings: z.array(z.string()),
});

const payloadSchema = z.object({ v: z.literal(1), article: articleSchema });

export function toPayload(article: Article): ArticlePayload {
  return { v: 1, article };
}

/** The article of a payload, or why it cannot be read (a job no retry will fix). */
export function fromPayload(data: unknown): { article: Article } | { error: string } {
  const parsed = payloadSchema.safeParse(data);
  // published is checked as a calendar day above; the brand on IsoDate is the only difference.
  if (parsed.success) return { article: parsed.data.article as unknown as Article };
  const issue = parsed.error.issues[0]!;
  const found = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), data);
  return { error: `unreadable job payload: field ${issue.path.join('.') || '(payload)'}: ${issue.message}; found ${JSON.stringify(found) ?? 'nothing'}` };
}

/**
 * The job id is the content hash shaped as a UUID, so enqueueing the same article twice while its job is on the
 * queue adds nothing (the queue's primary key refuses the second).
 */
export function jobIdFor(contentHash: string): string {
  const h = contentHash.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
