import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../src/core/time.js';
import { finishArticle, type Article } from '../../src/ingest/article.js';

/**
 * Short news items of our own for the queue tests: each distinct (its own content hash), each with sentences
 * the event coder has verbs for, dated across 2012 so events fall in several months.
 */
const STATES = ['Russia', 'Ukraine', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Armenia', 'Uzbekistan'];
const ORGS = ['the CSTO', 'the CIS', 'NATO', 'the Customs Union'];
const LINES = [
  (a: string, b: string) => `The president of ${a} met the president of ${b} in the capital on Tuesday.`,
  (a: string, b: string) => `${a} criticized ${b} over new missile defence plans.`,
  (a: string, b: string) => `${a} urged ${b} to ratify the free trade agreement.`,
  (a: string, b: string) => `${a} signed a military cooperation agreement with ${b}.`,
  (a: string, b: string) => `Officials said ${a} would host troops from ${b} next year.`,
  (a: string, b: string) => `${a} accused ${b} of violating the border treaty.`,
];

export function fixtureText(i: number): { title: string; text: string; published: IsoDate } {
  const a = STATES[i % STATES.length]!;
  const b = STATES[(i * 3 + 1) % STATES.length] === a ? STATES[(i + 2) % STATES.length]! : STATES[(i * 3 + 1) % STATES.length]!;
  const org = ORGS[i % ORGS.length]!;
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  const lines = [
    LINES[i % LINES.length]!(a, b),
    LINES[(i + 2) % LINES.length]!(b, a),
    `Both are members of ${org}, a spokesman for ${a} said in statement number ${i}.`,
  ];
  return { title: `${a} and ${b}: item ${i}`, text: lines.join(' '), published: `2012-${month}-${day}` as IsoDate };
}

export function fixtureArticles(n: number, from = 0): Article[] {
  return Array.from({ length: n }, (_, k) => {
    const { title, text, published } = fixtureText(from + k);
    return finishArticle(
      { format: 'jsonl', origin: `fixture.jsonl:${from + k + 1}`, externalId: `fx-${from + k}`, title, text, published },
      '2024-01-01' as IsoDate,
    );
  });
}

/** The same articles as a JSONL file (`entente enqueue` and `entente ingest` read it alike). */
export function writeFixtureJsonl(dir: string, n: number, name = 'fixture.jsonl', from = 0): string {
  const file = join(dir, name);
  const lines = Array.from({ length: n }, (_, k) => {
    const { title, text, published } = fixtureText(from + k);
    return JSON.stringify({ id: `fx-${from + k}`, title, text, published });
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
