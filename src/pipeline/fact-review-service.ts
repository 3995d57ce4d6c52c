import { EntenteError, expectedFound } from '../core/errors.js';
import type { Fact, MembershipStatus } from '../core/fact.js';
import { OPEN_END, type IsoDate } from '../core/time.js';
import type { FactImpact, FactView, ReviewAnswer } from './fact-views.js';
import type { GraphService } from '../graph/graph-service.js';
import { NEWS_DATASET } from '../graph/news-dataset.js';
import type { AutoAcceptPolicy } from './auto-accept.js';
import type { FactReviewStore, Review, ReviewableFact, ReviewOutcome } from './fact-review-store.js';

/** Which statuses count among `members` (the graph's default: full members, and parties a treaty is in force for). */
const FULL: ReadonlySet<string> = new Set(['member', 'in_force']);

/**
 * The graph fact an accepted change becomes: `news` dataset, from its day on, citing its article and span. A
 * treaty event is `party_to` with its stage as the `stage` qualifier (signed, ratified, in_force), as the treaty
 * datasets write it, or with status `withdrawn` when the state is no party from that day.
 */
export function graphFactOf(f: ReviewableFact): Fact | null {
  if (f.predicate !== 'member_of' && f.predicate !== 'party_to' && f.predicate !== 'holds_office' && f.predicate !== 'hosts_base_of') return null;
  const treaty = f.predicate === 'party_to';
  // A leader's term: the office as a qualifier; leaving it is status `withdrawn` (leader-terms.ts ends the term).
  const office: Record<string, string> = f.predicate === 'holds_office' ? { office: f.office ?? 'effective_leader' } : {};
  const title = f.article.title ? ` "${f.article.title}"` : '';
  return {
    id: `news:${f.id}`,
    subject: f.subject,
    predicate: f.predicate,
    object: f.object,
    valid: { from: f.from, to: f.to ?? OPEN_END },
    precision: f.precision,
    ...(f.status === 'withdrawn' || f.predicate === 'member_of' ? { status: f.status as MembershipStatus } : {}),
    qualifiers: { asOf: f.article.published, factId: f.id, ...office, ...(treaty && f.status !== 'withdrawn' ? { stage: f.status } : {}) },
    provenance: {
      dataset: NEWS_DATASET.id,
      ref: f.article.id,
      span: { start: f.span.start, end: f.span.end },
      rule: f.rule,
      citation: `article ${f.article.id}${title} (${f.article.published}${f.article.url ? `, ${f.article.url}` : ''}), characters ${f.span.start}-${f.span.end}: "${f.span.text}"`,
    },
    confidence: f.confidence,
  };
}

/**
 * The review queue of facts the news proposes: list, accept (the fact joins the graph as the `news` dataset),
 * reject with a reason. Every id is checked before anything is written, so a bad id changes nothing; a fact
 * reviewed again with the same outcome is no error (idempotent), with the other outcome it is.
 */
export class FactReviewService {
  constructor(
    private readonly store: FactReviewStore,
    private readonly graph: GraphService,
    /** After accepted facts changed the graph: drop what was built on it and check the claims about these entities again. */
    private readonly graphChanged: (entities: readonly string[]) => Promise<unknown>,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async list(review: Review, limit = 500): Promise<{ facts: FactView[] }> {
    return { facts: await this.views(await this.store.list(review, limit)) };
  }

  async get(id: string): Promise<FactView> {
    return (await this.views([await this.find(id)]))[0]!;
  }

  accept(ids: readonly string[]): Promise<ReviewAnswer> {
    return this.review(ids, 'accepted', null);
  }

  reject(ids: readonly string[], reason: string): Promise<ReviewAnswer> {
    if (reason.trim() === '') throw new EntenteError('USAGE', `A rejection needs a reason: ${expectedFound('--reason TEXT', reason)}`);
    return this.review(ids, 'rejected', reason.trim());
  }

  /**
   * Accepts the pending membership changes the policy lets through (no policy: none), each with the policy as its
   * reason; returns how many. Applications are never accepted unattended.
   */
  async autoAccept(policy: AutoAcceptPolicy | null): Promise<number> {
    if (!policy) return 0;
    const due = (await this.store.list('pending', 5000)).filter(
      (f) => f.predicate === 'member_of' && f.confidence >= policy.minConfidence && f.corroboration >= policy.minArticles && (f.to === null || f.to >= f.from),
    );
    let changed = 0;
    for (const f of due) {
      const reason = `accepted unattended: confidence ${f.confidence.toFixed(2)} >= ${policy.minConfidence}, ${f.corroboration} articles agree (>= ${policy.minArticles})`;
      if ((await this.store.review(f, { review: 'accepted', reason, reviewedAt: this.now() }, graphFactOf(f))).recorded) changed++;
    }
    if (changed > 0) await this.graphChanged(due.flatMap((f) => [f.subject, f.object]));
    return changed;
  }

  /**
   * What accepting the fact changes in `members` of its organization (or the parties a treaty is in force for)
   * on its day. A signature or a ratification changes no count: the text says so plainly.
   */
  async impact(id: string): Promise<FactImpact | null> {
    const f = await this.find(id);
    if (f.predicate === 'holds_office') return this.officeImpact(f);
    if (f.predicate === 'hosts_base_of') return this.baseImpact(f);
    if (f.predicate !== 'member_of' && f.predicate !== 'party_to') return null;
    const treaty = f.predicate === 'party_to';
    const on = (f.from < this.graph.today() ? f.from : this.graph.today()) as IsoDate;
    const answer = await this.graph.members(f.object, { date: on, precision: 'day' });
    const before = answer.members.length;
    const isMember = answer.members.some((m) => m.id === f.subject);
    const counts = FULL.has(f.status);
    // An accepted fact is already in the graph: the answer is the "after".
    // A signature or a ratification is a stage before being bound: it neither adds nor removes a party in force.
    const stageOnly = treaty && (f.status === 'signed' || f.status === 'ratified');
    const after = f.review === 'accepted' || stageOnly ? before : before + (counts && !isMember ? 1 : !counts && isMember ? -1 : 0);
    const short = answer.organization.id.length <= answer.organization.name.length ? answer.organization.id : answer.organization.name;
    const noun = treaty ? 'parties in force' : 'members';
    return {
      organization: { id: answer.organization.id, name: answer.organization.name },
      on,
      before,
      after,
      text: stageOnly
        ? `${short} on ${on}: ${before} ${noun}, unchanged (${f.status} is a stage before being bound; \`members --all\` lists it)`
        : `${short} on ${on}: ${before} ${noun} -> ${after}`,
    };
  }

  /**
   * A leader's change: who holds the office on the day, before and after ("BLR on 2026-11-11: head of state
   * Alexander Lukashenko -> nobody recorded"). A new holder is added beside a predecessor whose source still
   * speaks of that day (the answer shows both, as it shows any disagreement); one carried forward is ended.
   */
  private async officeImpact(f: ReviewableFact): Promise<FactImpact> {
    const on = (f.from < this.graph.today() ? f.from : this.graph.today()) as IsoDate;
    const answer = await this.graph.leaders(f.object, { date: on, precision: 'day' });
    const holders = answer.leaders.filter((l) => l.office === f.office).map((l) => l.person);
    const name = (await this.graph.ctx()).name(f.subject);
    const took = f.status !== 'withdrawn';
    // An accepted fact is already in the graph: the answer is the "after".
    const after =
      f.review === 'accepted'
        ? holders
        : took
          ? [...holders.filter((p) => p.id !== f.subject), { id: f.subject, name }]
          : holders.filter((p) => p.id !== f.subject);
    const before = holders;
    const list = (ps: readonly { name: string }[]) => (ps.length ? ps.map((p) => p.name).join(', ') : 'nobody recorded');
    const label = (f.office ?? 'leader').replaceAll('_', ' ');
    return {
      organization: { id: answer.state.id, name: answer.state.name },
      on,
      before: before.length,
      after: after.length,
      text: `${answer.state.id} on ${on}: ${label} ${list(before)} -> ${list(after)}`,
    };
  }

  /** A base opened or closed: how many bases the host holds for the user on the day ("KGZ on 2026-11-09: 1 base of USA -> 0"). */
  private async baseImpact(f: ReviewableFact): Promise<FactImpact> {
    const on = (f.from < this.graph.today() ? f.from : this.graph.today()) as IsoDate;
    const answer = await this.graph.bases({ date: on, precision: 'day' }, f.subject);
    const before = answer.bases.filter((b) => b.user.id === f.object).length;
    // An accepted fact is already in the graph: the answer is the "after". A closure ends every base of the pair.
    const after = f.review === 'accepted' ? before : f.status === 'withdrawn' ? 0 : before + 1;
    const ix = await this.graph.ctx();
    const plural = (n: number) => `${n} base${n === 1 ? '' : 's'}`;
    return {
      organization: { id: f.subject, name: ix.name(f.subject) },
      on,
      before,
      after,
      text: `${f.subject} on ${on}: ${plural(before)} of ${f.object} -> ${after}`,
    };
  }

  private async find(id: string): Promise<ReviewableFact> {
    const f = await this.store.get(id);
    if (!f)
      throw new EntenteError('UNKNOWN_FACT', `No proposed fact has the id ${JSON.stringify(id)}: expected an id that \`entente facts --pending\` lists`, {
        found: id,
      });
    return f;
  }

  private async review(ids: readonly string[], review: ReviewOutcome['review'], reason: string | null): Promise<ReviewAnswer> {
    if (ids.length === 0) throw new EntenteError('USAGE', 'Name at least one fact id (from `entente facts --pending`)');
    const facts: ReviewableFact[] = [];
    for (const id of new Set(ids)) {
      const f = await this.find(id);
      if (f.review !== 'pending' && f.review !== review) {
        throw new EntenteError(
          'FACT_REVIEWED',
          `Fact ${id} was already ${f.review}${f.reason ? ` (${f.reason})` : ''} on ${f.reviewedAt}: ${expectedFound('a pending fact', f.review)}`,
          {
            found: f.review,
          },
        );
      }
      if (review === 'accepted' && f.to !== null && f.to < f.from) {
        throw new EntenteError('BAD_FACT', `Fact ${id} ends before it starts: ${expectedFound(`an end on or after ${f.from}`, f.to)}`, { found: f.to });
      }
      facts.push(f);
    }
    let changed = 0;
    let conflict: string | null = null;
    const touched: string[] = [];
    for (const f of facts) {
      if (f.review === review) continue;
      const on = await this.store.review(f, { review, reason, reviewedAt: this.now() }, review === 'accepted' ? graphFactOf(f) : null);
      if (on.recorded) {
        changed++;
        touched.push(f.subject, f.object);
      } else if (on.review !== review) conflict ??= `Fact ${f.id} was ${on.review} by another review at the same time`;
    }
    if (changed > 0 && review === 'accepted') await this.graphChanged(touched);
    if (conflict) throw new EntenteError('FACT_REVIEWED', conflict);
    return { facts: await this.views(await Promise.all(facts.map((f) => this.find(f.id)))), changed };
  }

  private async views(facts: readonly ReviewableFact[]): Promise<FactView[]> {
    const ix = await this.graph.ctx();
    return facts.map((f) => ({
      id: f.id,
      subject: { id: f.subject, name: ix.name(f.subject) },
      predicate: f.predicate,
      object: { id: f.object, name: ix.name(f.object) },
      status: f.status,
      from: f.from,
      to: f.to,
      precision: f.precision,
      article: f.article,
      span: f.span,
      confidence: f.confidence,
      rule: f.rule,
      review: f.review,
      corroboration: f.corroboration,
      reason: f.reason,
    }));
  }
}
