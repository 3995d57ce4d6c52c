/**
 * The named-entity recognizer: a trained tagger for PER, ORG, LOC and MISC (see README, "Named-entity
 * recognizer"). Load the committed model once, make one tagger, and reuse it: its word cache is its speed.
 *
 *   const tagger = new NerTagger(loadNerModel(), { gazetteer });
 *   tagger.findEntities(text, tokens)  // [{ text, start, end, type }]
 */
export { NerTagger, tagByDocument, type NerEntity, type NerTaggerOptions, type TextToken } from './tagger.js';
export { loadNerModel, saveNerModel, DEFAULT_MODEL_DIR } from './model-file.js';
export { nameListGazetteer, type NerGazetteer } from './gazetteer.js';
export { tokenize } from './tokenize.js';
export type { NerModel } from './model.js';
