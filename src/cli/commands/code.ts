import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EntenteError, expectedFound } from '../../core/errors.js';
import { isValidDay } from '../../core/time.js';
import { codeText, compileDictionaries, loadEventDictionaries } from '../../extract/events/index.js';
import type { CommandModule } from '../context.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `entente code --jsonl FILE|-`: CAMEO event coding of one sentence a line, `{"id","text","date"}` in,
 * `{"id","events":[{"source","target","cameo","plover"}]}` out, in input order. A batch keeps going
 * past a bad line: that line's output is `{"id","line","error":{...}}` and the exit code is 2 at the
 * end; `--strict` stops at the first bad line instead. No database: the dictionaries are files.
 */
export const codeCommand: CommandModule = (program, ctx) => {
  program
    .command('code')
    .description('code CAMEO events of sentences, one JSON object a line: {"id","text","date"} -> {"id","events"}')
    .requiredOption('--jsonl <file>', 'input file, or - for standard input')
    .option('--rules', 'also print each event\'s rule id and spans')
    .option('--strict', 'stop at the first malformed line instead of reporting it and going on')
    .action(async (opts: { jsonl: string; rules?: boolean; strict?: boolean }) => {
      const d = compileDictionaries(loadEventDictionaries());
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
          ctx.out(JSON.stringify({ id: parsed.details.id ?? null, line: lineNo, error: { code: parsed.code, message: parsed.message, expected: parsed.details.expected, found: parsed.details.found } }));
          continue;
        }
        const events = codeText(parsed.text, parsed.date, d).map((e) =>
          opts.rules ? e : { source: e.source, target: e.target, cameo: e.cameo, plover: e.plover },
        );
        ctx.out(JSON.stringify({ id: parsed.id, events }));
      }
      if (bad > 0) throw new EntenteError('BAD_INPUT', `${file}: ${bad} of ${lineNo} lines were not {"id","text","date"} objects (see their "error" lines)`, { file });
    });
};

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
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('a JSON object', line)}`, { file, line: lineNo, expected: 'a JSON object', found: line.slice(0, 80) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('a JSON object', line)}`, { file, line: lineNo, expected: 'a JSON object', found: line.slice(0, 80) });
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"text" as a string', o.text)}`, { file, line: lineNo, id: o.id, expected: '"text" as a string', found: String(o.text) });
  }
  if (typeof o.date !== 'string' || !ISO_DAY.test(o.date)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"date" as YYYY-MM-DD', o.date)}`, { file, line: lineNo, id: o.id, expected: '"date" as YYYY-MM-DD', found: String(o.date) });
  }
  const [y, m, d] = o.date.split('-').map(Number) as [number, number, number];
  if (!isValidDay(y, m, d)) {
    return new EntenteError('BAD_INPUT', `${file}:${lineNo}: ${expectedFound('"date" as a real calendar day', o.date)}`, { file, line: lineNo, id: o.id, expected: '"date" as a real calendar day YYYY-MM-DD', found: o.date });
  }
  return { id: o.id ?? null, text: o.text, date: o.date };
}
