import type { Actor, Sentence } from './analysis.js';
import { knownDay } from './article-era.js';
import { isBodyAtHome } from './domestic.js';
import { ANAPHORS, type Anaphor, ATTRIBUTION_BEFORE, CLAUSE_END, QUOTED_PRONOUN, SPEAKER_TOPIC, SPEECH_AFTER, SPEECH_BEFORE } from './rules/anaphors.js';
import { genderOf } from './person-gender.js';
import { bySentence, SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';

/** "like the Pact's" names a body only to compare with it: it is not what "the organization" refers to. */
const COMPARISON = /\b(like|unlike|than|as with|similar to)\s+(the\s+)?$/i;

/** The antecedent is of the description's kind: "the board" a board, "the party" a party (rules/definite-bodies.ts). */
function ofKind(a: Actor, kind: Anaphor['kind']): boolean {
  if (!kind) return true;
  if (kind.anyAlliance && a.type === 'alliance') return true;
  if (kind.party && (a.role === 'political party' || a.cameo.endsWith('PTY'))) return true;
  if (kind.nameWords.length === 0) return a.type === 'organization';
  const words = a.name.toLowerCase().split(/[^\p{L}]+/u);
  return kind.nameWords.some((w) => words.includes(w));
}

/** "the party workers", "the board exams": a noun after the description makes it a modifier, no body. */
const NOUN_AFTER: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

function inComparison(text: string, a: Actor): boolean {
  return COMPARISON.test(text.slice(Math.max(0, a.start - 20), a.start));
}

/**
 * Each anaphor becomes an actor that copies the last matching actor before it and records which one. A pronoun
 * of one gender skips a person known to be of the other (person-gender.ts): "she" after "a b, the minister, met
 * mr c d" is a b, not c d; a person an earlier "he" or "she" was tied to is of that gender from then on.
 */
export function resolveAnaphors(draft: Draft, ctx?: StageContext): Actor[] {
  const actors = [...draft.actors];
  const byStart = new Map(actors.map((a) => [a.start, a]));
  const genders = new Map<number, 'F' | 'M' | null>();
  // A person's gender, read once at their first mention (where the honorific is) for all their later ones.
  // A title of office names its holder of the day only where the day is known: dated, or read in its era.
  const day = knownDay(draft);
  const firstOf = (a: Actor): Actor => (a.refersTo === null ? a : (byStart.get(a.refersTo) ?? a));
  const gender = (a: Actor): 'F' | 'M' | null => {
    const first = firstOf(a);
    let g = genders.get(first.start);
    if (g === undefined) genders.set(first.start, (g = ctx ? genderOf(first, draft.article.text, ctx, day) : null));
    return g;
  };
  const text = draft.article.text;
  const speaks = (a: Actor): boolean =>
    a.ruleId === 'coref.pronoun-speaker' ||
    a.ruleId === SPEAKER_TOPIC.id ||
    SPEECH_AFTER.test(text.slice(a.end, a.end + 100)) ||
    (SPEECH_BEFORE.test(text.slice(Math.max(0, a.start - 14), a.start)) && CLAUSE_END.test(text.slice(a.end, a.end + 3))) ||
    ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start));
  // The candidates but the people who have spoken, by any of their mentions (coref.quoted-pronoun).
  const notSpeakers = (candidates: readonly Actor[]): Actor[] => {
    const spoken = new Set(candidates.filter(speaks).map((a) => firstOf(a).start));
    return candidates.filter((a) => !spoken.has(firstOf(a).start));
  };
  // A pronoun one rule tied is not tied again by the next ("he said": the speaker's rule before the nearest person's).
  const tied = new Set<number>();
  const quotedTies = new Set<number>();
  const added: Actor[] = [];
  // An antecedent lies within the rule's reach: only those sentences' actors are read, not the article's.
  const covered = new SpanCover(actors);
  const actorsOf = bySentence(actors);
  const addedOf = new Map<number, Actor[]>();
  const within = (from: number, to: number, of: (k: number) => readonly Actor[]) => {
    const out: Actor[] = [];
    for (let k = Math.max(0, from); k <= to; k++) out.push(...of(k));
    return out;
  };
  for (const s of draft.sentences) {
    for (const rule of ANAPHORS) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
        const word = m[0];
        const start = s.start + m.index;
        const end = start + word.length;
        if (tied.has(start) || covered.overlaps(start, end)) continue;
        if (rule.wholePhrase && NOUN_AFTER.has(s.tokens.find((t) => t.start >= end)?.pos ?? '')) continue;
        const from = s.index - rule.reach;
        const wanted = rule.gender?.[word.toLowerCase()];
        const candidates = [...within(from, s.index, actorsOf), ...within(from, s.index, (k) => addedOf.get(k) ?? [])]
          .filter(
            (a) =>
              a.end <= start &&
              a.sentence >= s.index - rule.reach &&
              rule.types.includes(a.type) &&
              !(rule.knownOnly && a.id.startsWith('candidate:')) &&
              !(rule.namedBodyOnly === true && isBodyAtHome(a)) &&
              !inComparison(draft.article.text, a) &&
              ofKind(a, rule.kind) &&
              (wanted === undefined || a.type !== 'person' || gender(a) !== (wanted === 'F' ? 'M' : 'F')),
          )
          .sort((a, b) => a.start - b.start);
        // QUOTED_PRONOUN (coref.quoted-pronoun): inside a quotation "he" is someone a speaker speaks of, not a speaker.
        const quoted = !rule.speaker && !rule.subject && rule.gender !== undefined && insideQuote(text, draft.sentences[s.index - 1]?.start ?? s.start, start);
        // ... and a pronoun of the story's own words does not go on from one a quotation holds ('"he has no powers". asked
        // why he ...': the second is the speaker's, not the first's).
        const speakers = rule.speaker
          ? candidates.filter(speaks)
          : quoted
            ? notSpeakers(candidates)
            : rule.gender !== undefined
              ? candidates.filter((a) => !quotedTies.has(a.start))
              : candidates;
        let antecedent = rule.subject ? subjectBefore(candidates, s.index, draft.sentences, text, start) : speakers[speakers.length - 1];
        let ruleId = quoted ? QUOTED_PRONOUN.id : rule.id;
        // SPEAKER_TOPIC: '... met prime minister c d. "we want ...," he said': no one named has spoken yet, and the one
        // who speaks is the last person the story made a subject, not the last one named (an object of "met").
        // (An opening "he said" is the subject rule's: the last sentence's subject.)
        if (rule.speaker && !antecedent && m.index > 0) {
          antecedent = candidates.findLast((a) => inSubjectPosition(a, draft.sentences) && !quoteOpen(text.slice(0, a.start)));
          ruleId = SPEAKER_TOPIC.id;
        }
        // "... said a b. c d, the party's president, endorsed it. 'we will build', he stated": the last sentence's
        // subject, named after the last speaker, is the one who speaks now.
        const subject = rule.speaker && antecedent ? subjectBefore(candidates, s.index, draft.sentences, text, start) : undefined;
        // (Not a subject quoted: '"... the minister has announced it," he said' is the one who quotes.)
        if (subject && antecedent && subject.start > antecedent.start && subject.sentence === s.index - 1 && !quoteOpen(text.slice(0, subject.start)))
          antecedent = subject;
        if (!antecedent) continue;
        // GENDER_RULES.pronoun: "he" tied to a person of unknown gender says it for the article's later pronouns.
        // (Not from the topic fallback, a weaker tie: a wrong one would turn the article's later pronouns away.)
        if (wanted !== undefined && ruleId !== SPEAKER_TOPIC.id && antecedent.type === 'person' && gender(antecedent) === null)
          genders.set(firstOf(antecedent).start, wanted);
        const anaphor: Actor = {
          ...antecedent,
          text: word,
          start,
          end,
          sentence: s.index,
          refersTo: antecedent.refersTo ?? antecedent.start,
          confidence: antecedent.confidence * 0.8,
          ruleId,
        };
        added.push(anaphor);
        tied.add(start);
        if (quoted) quotedTies.add(start);
        const here = addedOf.get(s.index);
        if (here) here.push(anaphor);
        else addedOf.set(s.index, [anaphor]);
      }
    }
  }
  return [...actors, ...added].sort((a, b) => a.start - b.start);
}

/** Words that end a clause's subject: a verb or a preposition before the name makes it an object ("attacked c d"). */
const NOT_SUBJECT_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'SCONJ']);
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** "when the counsel a b asked ..., c d said": a person in a clause these words open is not the sentence's subject. */
const SUBORDINATE: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'as',
  'if',
  'though',
  'although',
  'because',
  'since',
  'until',
  'whereas',
  'once',
]);

/**
 * The subject of the nearest earlier sentence that names a person (rule coref.pronoun-subject): its first person,
 * with no verb or preposition between the last comma before the name (or the sentence's start) and the name; none
 * when that sentence's first person is an object, so the other rules decide.
 */
function subjectBefore(candidates: readonly Actor[], here: number, sentences: readonly Sentence[], text: string, at: number): Actor | undefined {
  const earlier = candidates.filter((a) => a.sentence < here);
  const last = earlier[earlier.length - 1];
  if (!last) return undefined;
  const first = earlier.find((a) => a.sentence === last.sentence)!;
  if (!inSubjectPosition(first, sentences)) return undefined;
  // 'a b said: "we do not trust the minister. he has ...': a pronoun in a quotation opened since speaks of another.
  return quoteOpen(text.slice(first.end, at)) ? undefined : first;
}

/**
 * Whether a person stands as the subject of their clause: no verb, preposition or subordinator between the last comma
 * or colon before the name (or the sentence's start) and the name ("attacked c d", "met with c d" are objects).
 */
function inSubjectPosition(a: Actor, sentences: readonly Sentence[]): boolean {
  const s = sentences[a.sentence];
  if (!s) return false;
  for (let k = s.tokens.length - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.start >= a.start) continue;
    if (t.text === ',' || t.text === ':') break;
    // "vhp working president a b": a participle before a noun is the title's modifier, no verb of the clause.
    const modifier = /ing$/.test(t.text) && NOUN_POS.has(s.tokens[k + 1]?.pos ?? '');
    if ((NOT_SUBJECT_POS.has(t.pos) && !modifier) || SUBORDINATE.has(t.text.toLowerCase())) return false;
  }
  return true;
}

/**
 * Whether a quotation opened between `from` and `at` is still open at `at` (QUOTED_PRONOUN reads the pronoun's sentence
 * and the one before, so that a stray mark far back does not open the rest of the article): “ and ‘‘ open, ” and ’’
 * close, and a straight " opens where a word starts after it (after a space, a colon or the window's start: ' "we') and
 * closes where one ended before it ('too," she'), so that a window starting inside a quotation reads its end as an end.
 */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let k = from; k < at; k++) {
    const c = text[k];
    const doubled = (c === '‘' || c === '’') && text[k + 1] === c;
    if (c === '“' || (doubled && c === '‘')) open = true;
    else if (c === '”' || (doubled && c === '’')) open = false;
    else if (c === '"') open = k === from || /[\s:(\[—-]/.test(text[k - 1]!);
    if (doubled) k++;
  }
  return open;
}

/** A quotation is open at the end of `span`: an odd number of straight double quotes, or more “ than ”. */
function quoteOpen(span: string): boolean {
  let straight = 0;
  let open = 0;
  for (const c of span) {
    if (c === '"') straight++;
    else if (c === '“') open++;
    else if (c === '”') open--;
  }
  return straight % 2 === 1 || open > 0;
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  run: (draft, ctx) => ({ ...draft, actors: resolveAnaphors(draft, ctx) }),
};
