import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

/**
 * Texts that cost far more than their size before the hardening (issue 16), and ordinary news text to compare
 * them with: the project's own sample articles (web/samples), repeated.
 */
const SAMPLES = join(PROJECT_ROOT, 'web', 'samples');

export function ordinaryText(chars: number): string {
  const bodies = readdirSync(SAMPLES)
    .sort()
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
  const one = bodies.join('\n\n');
  return one.repeat(Math.ceil(chars / one.length)).slice(0, chars);
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Each family of input the issue found (and a few of the same kind), at a given size. */
export const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  'one long token': (n) => 'a'.repeat(n),
  'a long token of punctuation and letters': (n) => repeat('ab1.-', n),
  'ordinary sentences, thousands of them': (n) => repeat('Russia urged Ukraine to ratify the treaty, Putin said on Tuesday. ', n),
  'capitalised names without end': (n) => repeat('Putin met Lukashenko in Minsk. NATO CSTO Russia Moscow Putin Ivan Petrov. ', n),
  'role phrases without a full stop': (n) => repeat('former President Bob Smith, military expert Ann Poe, ', n),
  'one sentence of words': (n) => repeat('and the minister said ', n),
  'runs of spaces and line breaks': (n) => repeat(`Moscow${' '.repeat(500)}\n\t\n${' '.repeat(500)}`, n),
};

/** A 2 MiB article that mixes them: what the issue sent to freeze the server. */
export function pathologicalArticle(chars = 2 * 1024 * 1024 - 4096): string {
  const part = Math.floor(chars / 4);
  return [
    PATHOLOGICAL['ordinary sentences, thousands of them']!(part),
    PATHOLOGICAL['capitalised names without end']!(part),
    PATHOLOGICAL['a long token of punctuation and letters']!(part),
    PATHOLOGICAL['role phrases without a full stop']!(part),
  ].join('\n\n');
}
