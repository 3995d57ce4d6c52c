/**
 * Reading and writing the model folder (data/ner/) for the recognizer in src/extract/ner (which is pure and is
 * handed the decoded model), so that the CLI, the eval and the pipeline can load it without the database.
 *   model.bin.gz    weights (see model.ts for the layout), gzip'd
 *   lexicon.tsv.gz  word clusters and case statistics, one word a line
 *   meta.json       seed, training data hash, epochs, time, sizes: for people, not read back by the tagger
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EntenteError } from '../core/errors.js';
import { decodeLexicon, decodeModel, encodeLexicon, encodeModel, type NerModel } from '../extract/ner/model.js';

export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../data/ner/', import.meta.url));

const MODEL = 'model.bin.gz';
const LEXICON = 'lexicon.tsv.gz';
const META = 'meta.json';

function read(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new EntenteError(
      'BAD_INPUT',
      `cannot read the NER model file ${path}: expected a file written by "npm run train:ner", found ${(e as Error).message}`,
      {
        file: path,
      },
    );
  }
}

export function loadNerModel(dir = DEFAULT_MODEL_DIR): NerModel {
  const lexicon = decodeLexicon(gunzipSync(read(join(dir, LEXICON))).toString('utf8'), join(dir, LEXICON));
  return decodeModel(new Uint8Array(gunzipSync(read(join(dir, MODEL)))), lexicon, join(dir, MODEL));
}

/** Writes the three files; returns their sizes in bytes. Node's gzip stamps no time, so a seed gives the same bytes. */
export function saveNerModel(model: NerModel, dir: string, meta: Record<string, unknown>): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Buffer> = {
    [MODEL]: gzipSync(encodeModel(model), { level: 9 }),
    [LEXICON]: gzipSync(encodeLexicon(model.lexicon), { level: 9 }),
  };
  const sizes: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(dir, name), bytes);
    sizes[name] = bytes.length;
  }
  writeFileSync(join(dir, META), `${JSON.stringify({ ...meta, files: sizes }, null, 2)}\n`);
  return sizes;
}
