import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataFreshness } from '../app.js';
import { PROJECT_ROOT } from '../config.js';

/**
 * `entente --version`: the program's version, the committed reference data's version, and the newest day the
 * data knows (the latest day a dataset or a curated file speaks of); later days are answered by carrying forward.
 */
export async function versionText(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    const d = await dataFreshness();
    return `entente ${pkg.version}; reference data ${d.version}; the newest day the data knows: ${d.newestDay} (${d.newestSource})`;
  } catch {
    return `entente ${pkg.version}; no reference data found`;
  }
}
