import type { Actor } from './analysis.js';
import type { IsoDate } from '../core/time.js';
import type { StageContext } from './stage.js';
import { officeNamed } from './title-cues.js';

/**
 * What says a person's gender, for a pronoun to agree with ("she" is no antecedent for a man): the graph's leaders
 * data (Archigos and REIGN code it), else an honorific or a role word the article writes with the name. Unknown is
 * no obstacle: most names the news gives have no such word.
 */
const GENDER_RULES = {
  graph: {
    id: 'gender.graph',
    example: 'a male leader the graph knows ... she said -> not him',
    reason: 'the leaders datasets record each leader’s gender',
  },
  honorific: {
    id: 'gender.honorific',
    example: 'smt a b met mr c d ... she said -> a b',
    reason: 'an honorific right before the name says it',
    female: ['mrs', 'ms', 'miss', 'smt', 'shrimati', 'srimati', 'kumari', 'sushri', 'begum', 'lady', 'dame'],
    male: ['mr', 'shri', 'sir'],
  },
  role: {
    id: 'gender.role',
    example: 'a b, the party spokeswoman, ... she -> a b',
    reason: 'a word of the role of one gender',
    female: [
      'spokeswoman',
      'chairwoman',
      'congresswoman',
      'businesswoman',
      'actress',
      'queen',
      'princess',
      'empress',
      'wife',
      'widow',
      'mother',
      'daughter',
      'sister',
    ],
    male: ['king', 'prince', 'emperor', 'husband', 'father', 'son', 'brother'],
  },
  office: {
    id: 'gender.office-holder',
    example: 'the prime minister (a man held the office that day) met a b. she said -> a b',
    reason: 'a title of office named without a person is the holder of that office on the day, whose gender the graph knows',
  },
  pronoun: {
    id: 'gender.earlier-pronoun',
    example: 'a b met officials. he said ... c d arrived. she said -> c d, not a b',
    reason: 'a pronoun of one gender tied to a person says their gender for the later pronouns (coreference.ts)',
  },
} as const;

const FEMALE_HONORIFIC: ReadonlySet<string> = new Set(GENDER_RULES.honorific.female);
const MALE_HONORIFIC: ReadonlySet<string> = new Set(GENDER_RULES.honorific.male);
const FEMALE_ROLE: ReadonlySet<string> = new Set(GENDER_RULES.role.female);
const MALE_ROLE: ReadonlySet<string> = new Set(GENDER_RULES.role.male);
/** The one person holding the office a bare title names ("the prime minister") in the state on the day. */
export function officeHolder(ctx: StageContext, title: string, state: string, on: IsoDate): string | undefined {
  const office = officeNamed(title.replace(/^the\s+/i, ''));
  if (!office) return undefined;
  const holders = ctx.graph
    .facts({ predicate: 'holds_office', object: state })
    .filter((f) => f.qualifiers.office === office && f.valid.from <= on && on <= f.valid.to);
  return holders.length === 1 ? holders[0]!.subject : undefined;
}

/** The last word before a name, a dot after it dropped ("mrs. a b"). */
function wordBefore(text: string, at: number): string {
  const words = text
    .slice(Math.max(0, at - 12), at)
    .trimEnd()
    .split(' ');
  return (words[words.length - 1] ?? '').replace('.', '').toLowerCase();
}

/**
 * F, M or unknown (null): the graph first (for a title of office with no name, its holder on the day, when the
 * article's day is known: `on`), then the words before the name, then its role.
 */
export function genderOf(a: Actor, text: string, ctx: StageContext, on: IsoDate | null): 'F' | 'M' | null {
  // GENDER_RULES.graph
  const attr = ctx.graph.entity(a.id)?.attrs.gender;
  if (attr === 'F' || attr === 'M') return attr;
  // GENDER_RULES.office
  const holder = on && a.state ? officeHolder(ctx, a.text, a.state, on) : undefined;
  const held = holder && ctx.graph.entity(holder)?.attrs.gender;
  if (held === 'F' || held === 'M') return held;
  // GENDER_RULES.honorific
  const before = wordBefore(text, a.start);
  if (FEMALE_HONORIFIC.has(before)) return 'F';
  if (MALE_HONORIFIC.has(before)) return 'M';
  // GENDER_RULES.role
  const words = (a.role ?? '').toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => FEMALE_ROLE.has(w))) return 'F';
  if (words.some((w) => MALE_ROLE.has(w))) return 'M';
  return null;
}
