import type { DatasetInfo } from './graph-store.js';

/**
 * Facts read from the news and accepted by a reviewer: the `news` dataset. It ranks first (rank -1, before the
 * curated file's 0) because each of its facts is newer than the datasets' last word, was read by a person, and
 * starts on the day its article gives: it speaks about a pair only from that day on, so it never rewrites what
 * the datasets say of earlier days, and where another source still speaks and disagrees, the answer shows the
 * disagreement. Its coverage is per fact: a news fact is verified through its own first day (carried forward
 * after it, like any source past its last word).
 */
export const NEWS_DATASET: DatasetInfo = {
  id: 'news',
  name: 'the news, reviewed (accepted facts from stored articles)',
  precision: 'day',
  rank: -1,
  coverage: { from: '', to: '' },
  citation: 'the article each fact cites (article id and character span)',
  rows: 0,
};
