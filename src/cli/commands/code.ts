import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EntenteError, expectedFound, isEntenteError } from '../../core/errors.js';
import { isValidDay, parseIsoDate } from '../../core/time.js';
import type { App } from '../../app.js';
import type { ArticleAccount } from '../../pipeline/explain-article.js';
import type { CommandModule } from '../context.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `entente code --jsonl FILE|-`: CAMEO events of news text, `{"id","text","date"}` a line in (each line an article
 * published that day), `{"id","events":[...]}` out, in input order. Each text is analysed as `entente ingest` analyses
 * an article (the same stages: home country, people after titles, parties, bodies at home, officials, the graph's
 * leaders on the day, anaphors), nothing stored: the events printed are those ingest stores for the same text and
 * day. Every event names the character spans (into the text as given) of its source, target and verb, the rule
 * that gave its code and the grammar rules that shaped it. `--explain` adds, per line, the actors the actor stage
 * found (`"actors"`) and the rules that fired or stopped a verb or an event (`"stopped"`); `--text "..."` codes one
 * article (of `--date`, else undated: the ingest day) and, with `--explain`, prints each sentence's actors, why each
 * event was coded and why each verb that codes nothing did not. It needs the graph: the app's database (the
 * embedded SQLite, loaded on first use, or --db). A batch keeps going past a bad line: that line's output is
 * `{"id","line","error":{...}}` and the exit code is 2 at the end; `--strict` stops at the first bad line instead.
 */
export const codeCommand: CommandModule = (program, ctx) => {
  program
    .command('code')
    .description(
      'code CAMEO events of news text as ingest does (needs the graph): --jsonl FILE ({"id","text","date"} a line) or --text "..."; --explain says why',
    )
    .option('--jsonl <file>', 'input file, or - for standard input')
    .option('--text <text>', 'one article to code (instead of --jsonl)')
    .option('--date <day>', 'the day the --text was published (actors and dates depend on it); without it, undated: the ingest day')
    .option('--explain', 'the actors found and the rules that fired and those that stopped an event or a verb')
    .option('--rules', 'kept for scripts: rules and spans are always printed')
    .option('--strict', 'stop at the first malformed line instead of reporting it and going on')
    .action(async (opts: { jsonl?: string; text?: string; date?: string; explain?: boolean; strict?: boolean }) => {
      if (opts.text !== undefined) {
        if (opts.date !== undefined && !ISO_DAY.test(opts.date))
          throw new EntenteError('BAD_INPUT', `--date: ${expectedFound('YYYY-MM-DD', opts.date)}`, { expected: 'YYYY-MM-DD', found: opts.date });
        const date = opts.date === undefined ? undefined : parseIsoDate(opts.date, '--date');
        const app = await ctx.app();
        const account = await app.news.explain({ text: opts.text, date, origin: '--text' });
        if (opts.explain) for (const line of account.lines()) ctx.out(line);
        else ctx.out(JSON.stringify({ events: eventsOf(account) }));
        return;
      }
      if (opts.jsonl === undefined)
        throw new EntenteError('BAD_INPUT', 'code: expected --jsonl FILE or --text "...", found neither', { expected: '--jsonl or --text' });
      const file = opts.jsonl === '-' ? '<stdin>' : opts.jsonl;
      const input = opts.jsonl === '-' ? process.stdin : await openFile(opts.jsonl);
      // Opened at the first good line: a file of bad lines is refused without the graph.
      let app: App | undefined;
      let bad = 0;
      let lineNo = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim() === '') continue;
        const parsed = parseLine(line, file, lineNo);
        if (parsed instanceof EntenteError) {
          if (opts.strict) throw parsed;
          bad++;
          ctx.out(
            JSON.stringify({
              id: parsed.details.id ?? null,
              line: lineNo,
              error: { code: parsed.code, message: parsed.message, expected: parsed.details.expected, found: parsed.details.found },
            }),
          );
          continue;
        }
        const id = typeof parsed.id === 'string' || typeof parsed.id === 'number' ? String(parsed.id) : null;
        let account: ArticleAccount;
        try {
          app ??= await ctx.app();
          account = await app.news.explain({
            text: parsed.text,
            date: parseIsoDate(parsed.date, `${file}:${lineNo}: "date"`),
            id,
            origin: `${file}:${lineNo}`,
          });
        } catch (e) {
          // A line too costly to analyse (TOO_COSTLY) is reported as a bad line is; the batch goes on.
          if (!isEntenteError(e) || opts.strict) throw e;
          bad++;
          ctx.out(JSON.stringify({ id: parsed.id, line: lineNo, error: { code: e.code, message: e.message } }));
          continue;
        }
        const why = opts.explain
          ? {
              actors: account.sentences.flatMap((s) => s.actors),
              stopped: account.sentences.flatMap((s) => s.trace.map((t) => ({ ...t, text: parsed.text.slice(t.at.start, t.at.end) }))),
            }
          : {};
        ctx.out(JSON.stringify({ id: parsed.id, events: eventsOf(account), ...why }));
      }
      if (bad > 0)
        throw new EntenteError(
          'BAD_INPUT',
          `${file}: ${bad} of ${lineNo} lines were not {"id","text","date"} objects or could not be analysed (see their "error" lines)`,
          { file },
        );
    });
};

/** The events ingest stores, as `code` prints them: spans are offsets into the text. */
function eventsOf(account: ArticleAccount) {
  return account.analysis.events.map((e) => ({
    source: e.source,
    target: e.target,
    sourceId: e.sourceId,
    targetId: e.targetId,
    cameo: e.cameo,
    plover: e.plover,
    date: e.date,
    datePrecision: e.datePrecision,
    sourceSpan: e.sourceSpan,
    targetSpan: e.targetSpan,
    verbSpan: e.verbSpan,
    ruleId: e.ruleId,
    rules: e.rules,
  }));
}

async function openFile(path: string): Promise<NodeJS.ReadableStream> {
  try {
    return (await open(path)).createReadStream({ encoding: 'utf8' });
  } catch (e) {
    throw new EntenteError('BAD_INPUT', `cannot read ${path}: ${(e as Error).message}`, { file: path, expected: 'a readable JSONL file' });
  }
}

function parseLine(line: string, file: string, lineNo: number): { id: unknown; text: string; date: string } | EntenteError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('a JSON object', line)}`, {
      file,
      line: lineNo,
      expected: 'a JSON object',
      found: line.slice(0, 80),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('a JSON object', line)}`, {
      file,
      line: lineNo,
      expected: 'a JSON object',
      found: line.slice(0, 80),
    });
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"text" as a string', o.text)}`, {
      file,
      line: lineNo,
      id: o.id,
      expected: '"text" as a string',
      found: String(o.text),
    });
  }
  if (typeof o.date !== 'string' || !ISO_DAY.test(o.date)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"date" as YYYY-MM-DD', o.date)}`, {
      file,
      line: lineNo,
      id: o.id,
      expected: '"date" as YYYY-MM-DD',
      found: String(o.date),
    });
  }
  const [y, m, d] = o.date.split('-').map(Number) as [number, number, number];
  if (!isValidDay(y, m, d)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"date" as a real calendar day', o.date)}`, {
      file,
      line: lineNo,
      id: o.id,
      expected: '"date" as a real calendar day YYYY-MM-DD',
      found: o.date,
    });
  }
  return { id: o.id ?? null, text: o.text, date: o.date };
}
