import { createHash } from 'node:crypto';
import type { ProposedFact } from '../../extract/analysis.js';

/**
 * A proposed fact's id: the same article stating the same change at the same words gets the same id, so a
 * review survives ingesting the article again (a revision with a corrected date changes the day, hence the id).
 */
export function proposedFactId(articleId: string, f: ProposedFact): string {
  const key = [articleId, f.predicate, f.subject, f.object, f.status ?? '', f.from ?? '', f.to ?? '', f.start, f.end].join('|');
  return `f${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
