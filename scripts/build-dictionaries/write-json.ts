import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

/**
 * Writes `{ ...header, [listKey]: [...] }` with one list item per line, so a dictionary update
 * shows in `git diff` as the entries it changed, not as one rewritten line.
 */
export function writeListJson(path: string, header: Record<string, unknown>, listKey: string, items: readonly unknown[]): number {
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = items.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  const text = `${head},\n  "${listKey}": [\n${body}\n  ]\n}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

export function writeJson(path: string, value: unknown): number {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
