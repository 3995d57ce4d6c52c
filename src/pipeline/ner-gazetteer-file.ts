/**
 * The recognizer's gazetteer as a file of the model folder (data/ner/gazetteer.tsv.gz, one "TYPE<tab>name"
 * a line), written by `npm run train:ner -- --gazetteer` from the shipped reference data and read back with the
 * model, so that training and tagging see the same list even after the reference data changes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EntenteError } from '../core/errors.js';
import { nameListGazetteer, type NerGazetteer } from '../extract/ner/gazetteer.js';
import { gazetteerNames, type GazetteerSources } from '../extract/ner/gazetteer-names.js';
import { NerTagger, type NerTaggerOptions } from '../extract/ner/tagger.js';
import { DEFAULT_MODEL_DIR, loadNerModel } from './ner-model-file.js';

const GAZETTEER = 'gazetteer.tsv.gz';
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

const json = (path: string): unknown => JSON.parse(readFileSync(join(DATA, path), 'utf8'));

/** The name lists from data/reference, data/curated and data/dictionaries as shipped. */
export function buildNerGazetteerNames(): Record<string, string[]> {
  const entities = readFileSync(join(DATA, 'reference/entities.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GazetteerSources['entities'][number]);
  return gazetteerNames({
    entities,
    homePlaces: (json('curated/home-places.json') as { places: GazetteerSources['homePlaces'] }).places,
    parties: (json('curated/parties.json') as { parties: GazetteerSources['parties'] }).parties,
    actors: (json('dictionaries/phoenix-actors.json') as { entries: GazetteerSources['actors'] }).entries,
  });
}

/** Writes the lists into the model folder; with none, removes a stale file. */
export function saveNerGazetteer(names: Readonly<Record<string, readonly string[]>> | undefined, dir: string): number {
  const path = join(dir, GAZETTEER);
  if (!names) {
    rmSync(path, { force: true });
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  const lines = Object.entries(names).flatMap(([type, list]) => list.map((n) => `${type}\t${n}`));
  const bytes = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadNerGazetteer(dir = DEFAULT_MODEL_DIR): NerGazetteer {
  const path = join(dir, GAZETTEER);
  if (!existsSync(path)) {
    throw new EntenteError('BAD_INPUT', `cannot read the NER gazetteer ${path}: expected a file written by "npm run train:ner -- --gazetteer"`, {
      file: path,
    });
  }
  const names: Record<string, string[]> = {};
  for (const [i, line] of gunzipSync(readFileSync(path)).toString('utf8').split('\n').entries()) {
    if (line === '') continue;
    const [type, name, extra] = line.split('\t');
    if (!type || !name || extra !== undefined) {
      throw new EntenteError('BAD_ROW', `${path}:${i + 1}: expected "TYPE<tab>name", found ${JSON.stringify(line.slice(0, 80))}`, { file: path, line: i + 1 });
    }
    (names[type] ??= []).push(name);
  }
  return nameListGazetteer(names);
}

/** The model of a folder and a tagger for it, with the folder's gazetteer when the model was trained with one. */
export function loadNerTagger(dir = DEFAULT_MODEL_DIR, options: Omit<NerTaggerOptions, 'gazetteer'> = {}): NerTagger {
  const model = loadNerModel(dir);
  return new NerTagger(model, { ...options, gazetteer: model.meta.gazetteer === undefined ? undefined : loadNerGazetteer(dir) });
}
