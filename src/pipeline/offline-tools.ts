/**
 * What the CLI runs on files alone, without a database: the CAMEO event coder on sentences (`entente code`) and
 * the trained recognizer on CoNLL text (`entente ner`). The stages in src/extract are pure; this module reads
 * their data files and hands them in. `app.ts` offers both to the CLI.
 */
import type { CompiledDictionaries, EventDictionaries, ExplainedSentence } from '../extract/events/index.js';
import { compileDictionaries, explainText, formatExplanation, grammarTable } from '../extract/events/index.js';
import { readConll, writeConll } from '../extract/ner/conll.js';
import { NerTagger, tagByDocument } from '../extract/ner/tagger.js';
import { loadEventDictionaries } from './dictionary-files.js';
import { DEFAULT_MODEL_DIR, loadNerModel } from './ner-model-file.js';

export interface EventCodingService {
  /** The events of `text` on `date` (actor codes depend on the day), with the rules that fired and stopped. */
  explain(text: string, date: string): ExplainedSentence[];
  /** `explain`'s answer in words, one line a rule, for `--explain`. */
  explanationLines(text: string, explained: readonly ExplainedSentence[]): string[];
}

/** The coder over the committed dictionaries (or those in `dir`), read once, on the first call. */
export function eventCodingService(dir?: string): EventCodingService {
  let loaded: { dicts: EventDictionaries; compiled: CompiledDictionaries } | undefined;
  const load = () => {
    if (!loaded) {
      const dicts = loadEventDictionaries(dir);
      loaded = { dicts, compiled: compileDictionaries(dicts) };
    }
    return loaded;
  };
  return {
    explain: (text, date) => explainText(text, date, load().compiled),
    explanationLines: (text, explained) => formatExplanation(text, explained, grammarTable(load().dicts.additions), load().compiled),
  };
}

export const NER_MODEL_DIR = DEFAULT_MODEL_DIR;

/**
 * Tags CoNLL `text` (from `file`, named in errors) with the model in `modelDir`: each token line comes back with
 * its predicted BIO tag appended. Sentences are tagged a document (between -DOCSTART- lines) at a time: the
 * recognizer's second stage looks across it.
 */
export function tagConllText(text: string, file: string, modelDir: string = DEFAULT_MODEL_DIR): string {
  const conll = readConll(text, file);
  const tagger = new NerTagger(loadNerModel(modelDir));
  return writeConll(conll, tagByDocument(tagger, conll.sentences));
}
