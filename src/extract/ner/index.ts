/**
 * The named-entity recognizer: a trained tagger for PER, ORG, LOC and MISC (see README, "Named-entity
 * recognizer"). Load the committed model once (src/pipeline/ner-model-file.ts), make one tagger, and reuse
 * it: its word cache is its speed.
 *
 *   const tagger = new NerTagger(loadNerModel(), { gazetteer });
 *   tagger.findEntities(text, tokens)  // [{ text, start, end, type }]
 */
export { NerTagger } from './tagger.js';
