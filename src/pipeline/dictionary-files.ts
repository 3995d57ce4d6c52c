/**
 * Reads the event coder's data/dictionaries/*.json (or a folder given) and returns EventDictionaries; the coder
 * in src/extract/events is pure and is handed them (compileDictionaries() turns them into its indexes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntenteError, expectedFound } from '../core/errors.js';
import { DICTIONARY_FORMATS, decodeDatedCode } from '../extract/events/dictionary-codec.js';
import type { ActorEntry, Additions, AgentEntry, CameoCode, EventDictionaries, VerbBlock } from '../extract/events/types.js';

const DEFAULT_DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/dictionaries');

function readJson(dir: string, file: string, format: string): Record<string, unknown> {
  const path = join(dir, file);
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new EntenteError('BAD_INPUT', `cannot read dictionary ${path}: ${(e as Error).message}`, { file: path });
  }
  if (value.format !== format) {
    throw new EntenteError('BAD_INPUT', `dictionary ${path}: ${expectedFound(`format ${format} (run npm run build:dictionaries)`, value.format)}`, {
      file: path,
      expected: format,
      found: String(value.format),
    });
  }
  return value;
}

const DOMESTIC_FILE = 'entente-domestic.json';

/** The general additions with the domestic file's lists after theirs (later phrases win) and its own rules. */
function withDomestic(a: Additions, dom: Additions): Additions {
  return {
    ...a,
    // The property a burning or a ransacking codes 1712 against (entente.burn-property): the property rows' phrases.
    synsets: { ...a.synsets, ...dom.synsets, ENTENTE_PROPERTY: (dom.property ?? []).flatMap((r) => r.phrases.map((p) => p.toUpperCase())) },
    actors: [...a.actors, ...dom.actors],
    agents: [...a.agents, ...dom.agents],
    verbs: [...(a.verbs ?? []), ...(dom.verbs ?? [])],
    patterns: [...a.patterns, ...dom.patterns],
    property: dom.property,
    policeAgent: dom.policeAgent,
    areaAct: dom.areaAct,
  };
}

export function loadEventDictionaries(dir: string = DEFAULT_DICTIONARY_DIR): EventDictionaries {
  const actors = (readJson(dir, 'phoenix-actors.json', DICTIONARY_FORMATS.actors).entries as [string[], string[]][]).map(
    ([phrases, codes]): ActorEntry => ({ phrases, codes: codes.map(decodeDatedCode) }),
  );
  const agents = (readJson(dir, 'phoenix-agents.json', DICTIONARY_FORMATS.agents).entries as [string[], string][]).map(
    ([phrases, code]): AgentEntry => ({ phrases, code }),
  );
  const verbFile = readJson(dir, 'cameo-verbs.json', DICTIONARY_FORMATS.verbs);
  const cameo = readJson(dir, 'cameo-codes.json', DICTIONARY_FORMATS.cameo).codes as Record<string, CameoCode>;
  const discards = readJson(dir, 'phoenix-discards.json', DICTIONARY_FORMATS.discards).phrases as string[];
  const general = readJson(dir, 'entente-additions.json', DICTIONARY_FORMATS.additions) as unknown as Additions;
  // The additions for domestic news (generic agents, property and its owners, local protests), kept in a file of
  // their own: where a folder has it, its lists join the general ones.
  const additions = existsSync(join(dir, DOMESTIC_FILE))
    ? withDomestic(general, readJson(dir, DOMESTIC_FILE, DICTIONARY_FORMATS.additions) as unknown as Additions)
    : general;
  return {
    actors,
    agents,
    verbs: { synsets: verbFile.synsets as Record<string, string[]>, blocks: verbFile.blocks as VerbBlock[] },
    cameo,
    discards,
    additions,
  };
}
