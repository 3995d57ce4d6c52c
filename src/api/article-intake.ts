import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../app.js';
import { EntenteError } from '../core/errors.js';
import { analysisJson } from '../pipeline/analysis-json.js';
import type { IngestResult } from '../pipeline/news-service.js';

/**
 * What POST /api/articles takes: pasted text (with optional title, date and URL), a dropped file (base64, its
 * name telling the format), or a feed URL the server fetches. Each becomes one file in a private temporary
 * folder and goes through `app.news.ingest`, the same path as `entente ingest`: format detection, decoding,
 * mojibake repair, size limit, dedup, one transaction per article.
 */
export type IntakeBody =
  | { readonly text: string; readonly title?: string; readonly url?: string; readonly published?: string }
  | { readonly file: { readonly name: string; readonly base64: string } }
  | { readonly feedUrl: string };

export interface IntakeOptions {
  readonly dryRun: boolean;
  readonly maxBytes: number;
  /** Fetching a feed: how long to wait and how much to read. */
  readonly feedTimeoutMs?: number;
}

export interface IntakeResult {
  readonly status: 'stored' | 'updated' | 'analyzed' | 'exists' | 'duplicate' | 'problem';
  readonly id: string | null;
  readonly message: string | null;
  readonly text: string | null;
  readonly analysis: Record<string, unknown> | null;
}

export async function intake(app: App, body: IntakeBody, options: IntakeOptions): Promise<IntakeResult[]> {
  const { name, bytes } = 'feedUrl' in body ? await fetchFeed(body.feedUrl, options) : 'file' in body ? decodeFile(body.file, options.maxBytes) : pasted(body);
  const dir = await mkdtemp(join(tmpdir(), 'entente-intake-'));
  try {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const out: IntakeResult[] = [];
    for await (const r of app.news.ingest([path], { dryRun: options.dryRun, maxBytes: options.maxBytes })) out.push(resultOf(r, path));
    if (!out.some((r) => r.status === 'exists')) return out;
    // Already stored: the analysis is a pure function of the text and the graph, so a dry run shows it again.
    const again = new Map<string, IntakeResult>();
    for await (const r of app.news.ingest([path], { dryRun: true, maxBytes: options.maxBytes })) if (r.kind === 'analyzed') again.set(r.article.id, resultOf(r, path));
    return out.map((r) => (r.status === 'exists' && r.id && again.has(r.id) ? { ...again.get(r.id)!, status: 'exists', id: r.id, message: r.message } : r));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** With metadata the text goes in as one JSONL line (explicit fields); without, as plain text in the export layout. */
function pasted(body: { text: string; title?: string; url?: string; published?: string }): { name: string; bytes: Buffer } {
  if (body.text.trim() === '') throw new EntenteError('BAD_INPUT', 'The article is empty: expected its text');
  if (body.title || body.url || body.published) {
    const line = JSON.stringify({ text: body.text, title: body.title, url: body.url, published: body.published });
    return { name: 'pasted.jsonl', bytes: Buffer.from(`${line}\n`) };
  }
  return { name: 'pasted.txt', bytes: Buffer.from(body.text) };
}

function decodeFile(file: { name: string; base64: string }, maxBytes: number): { name: string; bytes: Buffer } {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(file.base64)) throw new EntenteError('BAD_INPUT', `The file ${JSON.stringify(file.name)} is not base64-encoded`);
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > maxBytes) throw new EntenteError('TOO_LARGE', `The file is ${bytes.length} bytes, more than the ${maxBytes} the server reads`);
  // Only the last part of the name, in safe characters: it picks the format (.html, .jsonl, .xml) and nothing else.
  const safe = (file.name.split(/[\\/]/).pop() ?? 'file').replace(/[^\w.-]+/g, '_').slice(-80) || 'file';
  return { name: safe, bytes };
}

async function fetchFeed(feedUrl: string, options: IntakeOptions): Promise<{ name: string; bytes: Buffer }> {
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    throw new EntenteError('BAD_INPUT', `Not a URL: ${JSON.stringify(feedUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EntenteError('BAD_INPUT', `A feed URL must be http or https, found ${url.protocol}`);
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(options.feedTimeoutMs ?? 10_000), redirect: 'follow' });
  } catch (e) {
    throw new EntenteError('BAD_INPUT', `Cannot fetch ${url.href}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new EntenteError('BAD_INPUT', `Fetching ${url.href} answered ${res.status} ${res.statusText}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > options.maxBytes) throw new EntenteError('TOO_LARGE', `The feed is ${bytes.length} bytes, more than the ${options.maxBytes} the server reads`);
  const type = res.headers.get('content-type') ?? '';
  return { name: /html/.test(type) ? 'page.html' : /json/.test(type) ? 'feed.jsonl' : 'feed.xml', bytes };
}

function resultOf(r: IngestResult, path: string): IntakeResult {
  // Origins name the temporary file; the client only ever sent its own name or text.
  const clean = (s: string) => s.replaceAll(path, 'the article');
  switch (r.kind) {
    case 'problem':
      return { status: 'problem', id: null, message: clean(r.problem.message), text: null, analysis: null };
    case 'exists':
      return { status: 'exists', id: r.article.id, message: `Already stored as ${r.storedId}`, text: null, analysis: null };
    case 'duplicate':
      return { status: 'duplicate', id: r.article.id, message: `The same text as ${clean(r.of)}`, text: null, analysis: null };
    case 'updated':
      return { status: 'updated', id: r.was.id, message: r.message, text: r.article.text, analysis: analysisJson(r.analysis) };
    default:
      return { status: r.kind, id: r.article.id, message: null, text: r.article.text, analysis: analysisJson(r.analysis) };
  }
}

