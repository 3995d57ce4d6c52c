import type { Migration } from 'kysely';
import { graphMigration } from './001-graph.js';
import { articlesMigration } from './002-articles.js';
import { queueMigration } from './006-queue.js';
import { eventDatePrecisionMigration } from './007-event-date-precision.js';
import { actorNamesMigration } from './008-actor-names.js';
import { articleRevisionsMigration } from './010-article-revisions.js';
import { privateOriginsMigration } from './011-private-origins.js';
import { eventSpansMigration } from './012-event-spans.js';
import { factReviewsMigration } from './013-fact-reviews.js';
import { undatedEventsMigration } from './014-undated-events.js';

/** Every migration, in the order they run. Names sort in that order; add yours at the end. */
export const MIGRATIONS: Record<string, Migration> = {
  '001-graph': graphMigration,
  '002-articles': articlesMigration,
  '006-queue': queueMigration,
  '007-event-date-precision': eventDatePrecisionMigration,
  '008-actor-names': actorNamesMigration,
  '010-article-revisions': articleRevisionsMigration,
  '011-private-origins': privateOriginsMigration,
  '012-event-spans': eventSpansMigration,
  '013-fact-reviews': factReviewsMigration,
  '014-undated-events': undatedEventsMigration,
};
