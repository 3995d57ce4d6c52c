import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyse } from 'scslre';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../src/config.js';

/**
 * No pattern in src/ may take super-linear time on a run of one repeated character (scslre's static analysis:
 * "trade" between two quantifiers, a quantifier trading with itself, or a "move" from every position). Such a
 * pattern on a 2 MiB article of spaces is a request that never ends. Exempt: the parsers of the CAMEO dictionaries,
 * which read only the project's own files in data/, line by line.
 */
const EXEMPT = /^src\/extract\/events\/(parse-[\w-]+|compile-dictionaries)\.ts$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('no regular expression in src/ backtracks super-linearly on a repeated character', () => {
  const found: string[] = [];
  let checked = 0;
  for (const file of files(join(PROJECT_ROOT, 'src'))) {
    const path = relative(PROJECT_ROOT, file).replaceAll('\\', '/');
    if (EXEMPT.test(path)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        checked++;
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const reports = analyse({ source: text.slice(1, slash), flags: text.slice(slash + 1) }).reports;
        if (reports.length > 0) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push(`${path}:${line} ${text.slice(0, 80)}: ${reports.map((r) => `${r.type} on ${JSON.stringify(r.character.pick)}`).join(', ')}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(checked > 150, `found only ${checked} patterns: is the walk still reading src/?`);
  assert.deepEqual(found, []);
});
