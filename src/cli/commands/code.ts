import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EntenteError, expectedFound } from '../../core/errors.js';
import { isValidDay } from '../../core/time.js';
import { withoutDatabase } from '../../app.js';
import type { ExplainedSentence } from '../../extract/events/index.js';
import type { CommandModule } from '../context.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `entente code --jsonl FILE|-`: CAMEO event coding of one sentence a line, `{"id","text","date"}` in,
 * `{"id","events":[...]}` out, in input order; every event names the character spans of its source, target and
 * verb, the rule that gave its code and the grammar rules that shaped it. `--explain` adds, per line, the rules
 * that stopped a verb or an event (`"stopped"`); `--text "..."` codes one piece of text and, with `--explain`,
 * prints why each event was coded and why each verb that codes nothing did not. A batch keeps going past a bad
 * line: that line's output is `{"id","line","error":{...}}` and the exit code is 2 at the end; `--strict` stops at
 * the first bad line instead. No database: the dictionaries are files.
 */
export const codeCommand: CommandModule = (program, ctx) => {
  program
    .command('code')
    .description('code CAMEO events of sentences: --jsonl FILE ({"id","text","date"} a line) or --text "..."; --explain says why')
    .option('--jsonl <file>', 'input file, or - for standard input')
    .option('--text <text>', 'one piece of text to code (instead of --jsonl)')
    .option('--date <day>', 'the day the --text speaks about (actor codes depend on it)', new Date().toISOString().slice(0, 10))
    .option('--explain', 'the rules that fired and those that stopped an event or a verb')
    .option('--rules', 'kept for scripts: rules and spans are always printed')
    .option('--strict', 'stop at the first malformed line instead of reporting it and going on')
    .action(async (opts: { jsonl?: string; text?: string; date: string; explain?: boolean; strict?: boolean }) => {
      const coding = withoutDatabase.eventCoding();
      if (opts.text !== undefined) {
        if (!ISO_DAY.test(opts.date))
          throw new EntenteError('BAD_INPUT', `--date: ${expectedFound('YYYY-MM-DD', opts.date)}`, { expected: 'YYYY-MM-DD', found: opts.date });
        const explained = coding.explain(opts.text, opts.date);
        if (opts.explain) for (const line of coding.explanationLines(opts.text, explained)) ctx.out(line);
        else ctx.out(JSON.stringify({ events: eventsOf(explained) }));
        return;
      }
      if (opts.jsonl === undefined)
        throw new EntenteError('BAD_INPUT', 'code: expected --jsonl FILE or --text "...", found neither', { expected: '--jsonl or --text' });
      const file = opts.jsonl === '-' ? '<stdin>' : opts.jsonl;
      const input = opts.jsonl === '-' ? process.stdin : await openFile(opts.jsonl);
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
        const explained = coding.explain(parsed.text, parsed.date);
        const stopped = opts.explain ? explained.flatMap((s) => s.trace.map((t) => ({ ...t, text: parsed.text.slice(t.at.start, t.at.end) }))) : undefined;
        ctx.out(JSON.stringify({ id: parsed.id, events: eventsOf(explained), ...(stopped ? { stopped } : {}) }));
      }
      if (bad > 0)
        throw new EntenteError('BAD_INPUT', `${file}: ${bad} of ${lineNo} lines were not {"id","text","date"} objects (see their "error" lines)`, { file });
    });
};

function eventsOf(sentences: readonly ExplainedSentence[]) {
  return sentences.flatMap((s) =>
    s.events.map((e) => ({
      source: e.source,
      target: e.target,
      cameo: e.cameo,
      plover: e.plover,
      sourceSpan: e.sourceSpan,
      targetSpan: e.targetSpan,
      verbSpan: e.verbSpan,
      ruleId: e.ruleId,
      rules: e.rules,
    })),
  );
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
