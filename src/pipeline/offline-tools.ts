/**
 * What the CLI runs on files alone, without a database: the trained recognizer on CoNLL text (`entente ner`).
 * (`entente code` analyses as `ingest` does, with the graph: NewsService.explain.) The stages in src/extract are
 * pure; this module reads their data files and hands them in. `app.ts` offers it to the CLI.
 */
import { readConll, writeConll } from '../extract/ner/conll.js';
import { tagByDocument } from '../extract/ner/tagger.js';
import { loadNerTagger } from './ner-gazetteer-file.js';
import { DEFAULT_MODEL_DIR } from './ner-model-file.js';

export const NER_MODEL_DIR = DEFAULT_MODEL_DIR;

/**
 * Tags CoNLL `text` (from `file`, named in errors) with the model in `modelDir`: each token line comes back with
 * its predicted BIO tag appended. Sentences are tagged a document (between -DOCSTART- lines) at a time: the
 * recognizer's second stage looks across it.
 */
export function tagConllText(text: string, file: string, modelDir: string = DEFAULT_MODEL_DIR): string {
  const conll = readConll(text, file);
  const tagger = loadNerTagger(modelDir);
  return writeConll(conll, tagByDocument(tagger, conll.sentences));
}
