/** The event coder: CAMEO events from one sentence, with the rule that fired. */
export { codeSentence } from './code-sentence.js';
export { compileDictionaries, type CompiledDictionaries } from './compile-dictionaries.js';
export { codeText } from './code-text.js';
export { tokenizeSentences, type TokenizedSentence } from './wink-tokens.js';
export type { DatedCode, EventDictionaries, ResolvedMention } from './types.js';
export { codeOn } from './actor-groups.js';
export { explainText, formatExplanation, type ExplainedSentence } from './explain.js';
export { grammarTable } from './grammar/table.js';
export type { TraceEntry } from './grammar/rule.js';
export { codeSentenceLearned, LEARNED_MODES, learnedTypes, type LearnedTypes } from './classifier-gate.js';
export { classify, trainEventTypes, type EventTypeModel, type LabelledText } from './sentence-classifier.js';
