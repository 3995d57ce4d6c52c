/**
 * Converts the PETRARCH-2 / Phoenix dictionaries and the CAMEO code files (../shared/data/dictionaries
 * by default, or the folder given as the first argument) into data/dictionaries/*.json.
 * Run: npm run build:dictionaries [-- <folder>]. See DATA-SOURCES.md for what is kept and why.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseActorDictionary, parseAgentDictionary, parseDiscards } from '../../src/extract/events/parse-actor-dictionary.js';
import { parseCameoCodes } from '../../src/extract/events/parse-cameo-codes.js';
import { parseVerbDictionary } from '../../src/extract/events/parse-verb-dictionary.js';
import { DICTIONARY_FORMATS, encodeDatedCode } from '../../src/extract/events/dictionary-codec.js';
import { sha256, writeJson, writeListJson } from './write-json.js';

const from = resolve(process.argv[2] ?? '../shared/data/dictionaries');
const to = resolve('data/dictionaries');
const read = (name: string): { text: string; source: { file: string; sha256: string } } => {
  const text = readFileSync(join(from, name), 'utf8');
  return { text, source: { file: name, sha256: sha256(text) } };
};
const LICENCE = 'MIT, Copyright (c) 2014-2015 Open Event Data Alliance (PETRARCH2_LICENSE)';
const sizes: [string, number, number][] = [];

const actorFiles = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(read);
const actors = actorFiles.flatMap((f) => parseActorDictionary(f.text));
sizes.push([
  'phoenix-actors.json',
  actors.length,
  writeListJson(
    join(to, 'phoenix-actors.json'),
    {
      format: DICTIONARY_FORMATS.actors,
      licence: LICENCE,
      sources: actorFiles.map((f) => f.source),
      note: 'entries: [phrases (lower-case words), codes (CODE or CODE@from/to, ISO days)]',
    },
    'entries',
    actors.map((a) => [a.phrases, a.codes.map(encodeDatedCode)]),
  ),
]);

const agentFile = read('Phoenix.agents.txt');
const agents = parseAgentDictionary(agentFile.text);
sizes.push([
  'phoenix-agents.json',
  agents.length,
  writeListJson(
    join(to, 'phoenix-agents.json'),
    {
      format: DICTIONARY_FORMATS.agents,
      licence: LICENCE,
      sources: [agentFile.source],
      note: 'entries: [phrases, code]; ~GOV appends to the country code, IGO~ prepends',
    },
    'entries',
    agents.map((a) => [a.phrases, a.code]),
  ),
]);

const discardFile = read('Phoenix.discards.txt');
const discards = parseDiscards(discardFile.text);
sizes.push([
  'phoenix-discards.json',
  discards.length,
  writeListJson(
    join(to, 'phoenix-discards.json'),
    { format: DICTIONARY_FORMATS.discards, licence: LICENCE, sources: [discardFile.source] },
    'phrases',
    discards,
  ),
]);

const verbFile = read('CAMEO.2.0.txt');
const verbs = parseVerbDictionary(verbFile.text);
const patternCount = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0);
sizes.push([
  'cameo-verbs.json',
  patternCount,
  writeListJson(
    join(to, 'cameo-verbs.json'),
    {
      format: DICTIONARY_FORMATS.verbs,
      licence: LICENCE,
      sources: [verbFile.source],
      note: 'blocks: {name, code, verbs: [{lemma, particles?, forms?, code?}], patterns: [{id, code, pre, post, text}]}; element kinds w word (x exact), s synset, $ source, + target, % both, ^ skip, np {..}, pp (..)',
      synsets: verbs.synsets,
    },
    'blocks',
    verbs.blocks,
  ),
]);

const codeFile = read('CAMEO_codefile.txt');
const ploverFile = read('CAMEO2PLOVER-2021.txt');
const cameo = parseCameoCodes(codeFile.text, ploverFile.text);
sizes.push([
  'cameo-codes.json',
  Object.keys(cameo).length,
  writeJson(join(to, 'cameo-codes.json'), {
    format: DICTIONARY_FORMATS.cameo,
    licence: 'CAMEO codebook and PLOVER mapping (Open Event Data Alliance), open',
    sources: [codeFile.source, ploverFile.source],
    codes: cameo,
  }),
]);

for (const [file, n, bytes] of sizes) process.stdout.write(`${file.padEnd(24)} ${String(n).padStart(6)} items ${(bytes / 1024).toFixed(0).padStart(6)} KiB\n`);
