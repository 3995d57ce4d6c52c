import type { Entity } from '../core/entity.js';
import type { IsoDate } from '../core/time.js';
import { noEventCoder, type EventCoder } from '../extract/event-coder.js';
import type { NerTagger } from '../extract/ner/index.js';
import { loadNerTagger } from './ner-gazetteer-file.js';
import { unknownActorsStage, type DocumentTagger } from '../extract/unknown-actors.js';
import { loadCameoCoder } from './event-coder-adapter.js';
import type { AnalyzeOptions } from './pipeline.js';

export interface Coding {
  readonly coder: EventCoder;
  readonly actorCode?: (entity: Entity, on: IsoDate) => string | undefined;
  /** Said on every analysis when the coder could not be loaded. */
  readonly warning?: string;
}

/**
 * What the news analysis runs with beyond the stages of pipeline.ts: the CAMEO event coder and the trained
 * recognizer for unknown actors. One definition for the app (app.ts) and for the analysis threads
 * (analysis-worker.ts), which cannot be handed functions and build the same pieces themselves.
 */
export const newsAnalysis = {
  loadCoder: (): { coder: EventCoder; actorCode?: Coding['actorCode'] } => loadCameoCoder(),
  options: (): AnalyzeOptions => ({ extraStages: [{ after: 'people', stage: unknownActorsStage(lazyNerTagger()) }] }),
};

/** The coder from `load`, or none with a warning that says why: events are then not coded, nothing else fails. */
export function loadCoding(load: (() => { coder: EventCoder; actorCode?: Coding['actorCode'] }) | undefined): Coding {
  try {
    return load?.() ?? { coder: noEventCoder };
  } catch (e) {
    return { coder: noEventCoder, warning: `events not coded: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The trained recognizer, read from data/ner on the first article rather than on every command's start. */
function lazyNerTagger(): DocumentTagger {
  let tagger: NerTagger | undefined;
  return { tagDocument: (sentences) => (tagger ??= loadNerTagger()).tagDocument(sentences) };
}
