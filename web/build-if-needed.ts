/**
 * `npm start`'s first step: builds the UI into web/dist when it is missing or older than its sources, so a
 * fresh clone serves a page and a rebuilt one is not stale. `npm run build:web` builds unconditionally.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const web = dirname(fileURLToPath(import.meta.url));
const built = join(web, 'dist', 'index.html');

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src'].map((p) => join(web, p));
let stale = true;
try {
  stale = Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
} catch {
  stale = true;
}
if (stale) {
  process.stderr.write('building the web UI (web/dist)...\n');
  await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
} else {
  process.stderr.write('web UI up to date (web/dist)\n');
}
