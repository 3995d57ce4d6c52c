import type { Actor, ActorType, Sentence } from './analysis.js';
import { nameKey } from '../core/normalize.js';
import { SpanCover } from './span-index.js';
import { isLowercaseText } from './lowercase-text.js';
import type { Draft, Stage } from './stage.js';

/** The part of the trained recognizer (extract/ner/) this stage uses: BIO tags for a document's sentences. */
export interface DocumentTagger {
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** Loads the model now rather than on the first article tagged. */
  prepare?(): void;
}

const TYPES: Record<string, { type: ActorType; rule: string }> = {
  PER: { type: 'person', rule: 'actor.ner.person' },
  ORG: { type: 'organization', rule: 'actor.ner.organization' },
  LOC: { type: 'place', rule: 'actor.ner.place' },
};

/** Recognized names are less certain than dictionary names, and say so. */
const CONFIDENCE = 0.6;

/**
 * Names no dictionary knows, found by the trained recognizer: each person, organization or place span (MISC,
 * mostly nationalities and adjectives, is no actor) that no earlier stage
 * resolved becomes a candidate actor (`candidate:person:anna-volkova`), typed by the tagger. A span that
 * repeats the name of an actor already found (a surname after the full name) refers back to it instead.
 * Lower-cased text is not tagged: the recognizer reads capitals above all, and on 400 lower-cased news articles
 * it found 2 names in a quarter of the pipeline's time.
 */
export function unknownActorsStage(tagger: DocumentTagger): Stage {
  return {
    name: 'unknown-actors',
    prepare: () => tagger.prepare?.(),
    run(draft: Draft): Draft {
      if (isLowercaseText(draft.article.text)) return draft;
      const spans = recognize(draft.sentences, tagger);
      const taken = new SpanCover(draft.actors);
      const byName = new Map<string, Actor>();
      const bySurname = new Map<string, Actor>();
      const remember = (a: Actor) => a.type === 'person' && bySurname.set(nameKey(a.name).split(' ').at(-1)!, a);
      for (const a of draft.actors) {
        byName.set(nameKey(a.text), a);
        byName.set(nameKey(a.name), a);
        remember(a);
      }
      const added: Actor[] = [];
      for (const s of spans) {
        if (taken.overlaps(s.start, s.end)) continue;
        const known = byName.get(nameKey(s.text)) ?? lastWordMatch(s.text, bySurname);
        const kind = TYPES[s.type];
        if (!kind) continue;
        const actor: Actor = known
          ? {
              ...known,
              text: s.text,
              start: s.start,
              end: s.end,
              sentence: s.sentence,
              refersTo: known.start,
              confidence: CONFIDENCE,
              ruleId: `${kind.rule}.same-name`,
            }
          : {
              text: s.text,
              start: s.start,
              end: s.end,
              sentence: s.sentence,
              id: `candidate:${kind.type}:${slug(s.text)}`,
              type: kind.type,
              role: null,
              name: s.text,
              state: null,
              cameo: '',
              refersTo: null,
              confidence: CONFIDENCE,
              ruleId: kind.rule,
            };
        added.push(actor);
        byName.set(nameKey(s.text), actor);
        remember(actor);
      }
      if (added.length === 0) return draft;
      return { ...draft, actors: [...draft.actors, ...added].sort((a, b) => a.start - b.start) };
    },
  };
}

interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly sentence: number;
}

/** BIO (or BILOU) tags back to character spans. */
function recognize(sentences: readonly Sentence[], tagger: DocumentTagger): Span[] {
  const tags = tagger.tagDocument(sentences.map((s) => s.tokens.map((t) => t.text)));
  const out: Span[] = [];
  sentences.forEach((s, si) => {
    let open: { type: string; from: number } | undefined;
    const close = (to: number) => {
      if (!open) return;
      const first = s.tokens[open.from]!;
      const last = s.tokens[to]!;
      out.push({ text: sentenceText(s, first.start, last.end), start: first.start, end: last.end, type: open.type, sentence: s.index });
      open = undefined;
    };
    (tags[si] ?? []).forEach((tag, i) => {
      // Most tokens are O; the others read "B-PER" as B, PER without split(), once per token of every article.
      const dash = tag === 'O' ? -1 : tag.indexOf('-');
      if (dash < 0) return close(i - 1);
      const prefix = tag.slice(0, dash);
      const type = tag.slice(dash + 1);
      if (prefix === 'O' || !type) return close(i - 1);
      if (prefix === 'B' || prefix === 'U' || prefix === 'S' || !open || open.type !== type) {
        close(i - 1);
        open = { type, from: i };
      }
      if (prefix === 'L' || prefix === 'E' || prefix === 'U' || prefix === 'S') close(i);
    });
    close(s.tokens.length - 1);
  });
  return out;
}

function sentenceText(s: Sentence, start: number, end: number): string {
  return s.text.slice(start - s.start, end - s.start);
}

/**
 * "Volkova" after "Anna Volkova": a one-word name that ends an earlier actor's name. `bySurname` holds the last
 * person (in the actors' order) for each last word of a name, kept as actors are added.
 */
function lastWordMatch(text: string, bySurname: ReadonlyMap<string, Actor>): Actor | undefined {
  if (/\s/.test(text.trim())) return undefined;
  return bySurname.get(nameKey(text));
}

function slug(text: string): string {
  return nameKey(text).replace(/ /g, '-');
}
