import type { App } from '../app.js';
import { EntenteError } from '../core/errors.js';
import type { IngestResult, UploadedFile } from '../pipeline/news-service.js';

/**
 * What POST /api/articles takes: pasted text (with optional title, date and URL), a dropped file (base64, its
 * name telling the format), or a feed URL the server fetches (fetched-file.ts: public addresses only). Each goes
 * through `app.news.ingestUpload`, the same reading as `entente ingest`: format detection, decoding, mojibake
 * repair, size limit, dedup, one transaction per article; in the analysis threads when the server has them.
 */
export type IntakeBody =
  | { readonly text: string; readonly title?: string; readonly url?: string; readonly published?: string }
  | { readonly file: { readonly name: string; readonly base64: string } }
  | { readonly feedUrl: string };

export interface IntakeOptions {
  readonly dryRun: boolean;
  readonly maxBytes: number;
  /** Aborted when the client goes away: the analyses still to run are dropped. */
  readonly signal?: AbortSignal;
}

export interface IntakeResult {
  readonly status: 'stored' | 'updated' | 'analyzed' | 'exists' | 'duplicate' | 'problem';
  readonly id: string | null;
  readonly message: string | null;
  readonly text: string | null;
  readonly analysis: Record<string, unknown> | null;
}

/**
 * Each body becomes one file held in memory, never written to disk: its name picks the format and is its
 * articles' origin (`pasted.txt`, the dropped file's base name, the feed's URL), so no path of the server's
 * reaches an answer or the store.
 */
export async function intake(app: App, body: IntakeBody, options: IntakeOptions): Promise<IntakeResult[]> {
  const file =
    'feedUrl' in body
      ? await app.news.fetchUpload(body.feedUrl, { maxBytes: options.maxBytes, signal: options.signal })
      : 'file' in body
        ? decodeFile(body.file, options.maxBytes)
        : pasted(body);
  const ingest = { maxBytes: options.maxBytes, signal: options.signal };
  const out: IntakeResult[] = [];
  for await (const r of app.news.ingestUpload(file, { ...ingest, dryRun: options.dryRun })) out.push(resultOf(app, r));
  if (!out.some((r) => r.status === 'exists')) return out;
  // Already stored: the analysis is a pure function of the text and the graph, so a dry run shows it again.
  const again = new Map<string, IntakeResult>();
  for await (const r of app.news.ingestUpload(file, { ...ingest, dryRun: true })) if (r.kind === 'analyzed') again.set(r.article.id, resultOf(app, r));
  return out.map((r) => (r.status === 'exists' && r.id && again.has(r.id) ? { ...again.get(r.id)!, status: 'exists', id: r.id, message: r.message } : r));
}

/** With metadata the text goes in as one JSONL line (explicit fields); without, as plain text in the export layout. */
function pasted(body: { text: string; title?: string; url?: string; published?: string }): UploadedFile {
  if (body.text.trim() === '') throw new EntenteError('BAD_INPUT', 'The article is empty: expected its text');
  if (body.title || body.url || body.published) {
    const line = JSON.stringify({ text: body.text, title: body.title, url: body.url, published: body.published });
    return { name: 'pasted.jsonl', bytes: Buffer.from(`${line}\n`) };
  }
  return { name: 'pasted.txt', bytes: Buffer.from(body.text) };
}

function decodeFile(file: { name: string; base64: string }, maxBytes: number): UploadedFile {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(file.base64)) throw new EntenteError('BAD_INPUT', `The file ${JSON.stringify(file.name)} is not base64-encoded`);
  // Only the last part of the name, in safe characters: it picks the format (.html, .jsonl, .xml) and nothing else.
  const last = file.name.split(/[\\/]/).pop() ?? '';
  const safe = last.replace(/[^\w.-]+/g, '_').slice(-80);
  if (safe === '' || /^\.+$/.test(safe)) {
    throw new EntenteError(
      'BAD_INPUT',
      `The file name ${JSON.stringify(file.name.slice(0, 100))} names no file: expected a name such as article.html or feed.xml`,
    );
  }
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > maxBytes) throw new EntenteError('TOO_LARGE', `The file is ${bytes.length} bytes, more than the ${maxBytes} the server reads`);
  return { name: safe, bytes };
}

function resultOf(app: App, r: IngestResult): IntakeResult {
  switch (r.kind) {
    case 'problem':
      return { status: 'problem', id: null, message: r.problem.message, text: null, analysis: null };
    case 'exists':
      return { status: 'exists', id: r.article.id, message: `Already stored as ${r.storedId}`, text: null, analysis: null };
    case 'duplicate':
      return { status: 'duplicate', id: r.article.id, message: `The same text as ${r.of}`, text: null, analysis: null };
    case 'updated':
      return { status: 'updated', id: r.was.id, message: r.message, text: r.article.text, analysis: app.news.analysisJson(r.analysis) };
    default:
      return { status: r.kind, id: r.article.id, message: null, text: r.article.text, analysis: app.news.analysisJson(r.analysis) };
  }
}
