import { CAMEO, ROOT, isUnder } from '../cameo.js';
import { HONOUR, REPROACH } from './name-words.js';
import { chargeStick } from './precision-rules.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Verb senses of issue 14's precision work (2026-12-07), tried before those of verb-senses.ts: a police charge, a
 * call on someone, a description that reproaches. Pinned by rows of test/unit/events-precision-rows.ts.
 */
export const BATON_CHARGE: SenseRule = {
  id: 'sense.baton-charge',
  effect: 'code',
  lemmas: ['CHARGE'],
  example: 'The Chadian police lathi-charged the striking teachers.',
  reason:
    'a "lathi charge" or "baton charge" is the police beating a crowd with sticks to disperse it: force against protesters, coded as CAMEO does such repression (175, use tactics of violent repression), not an accusation (112)',
  sense: (s) => (!isUnder(s.code, ROOT.FIGHT) && chargeStick(s.v.lower, s.verbEnd - 1) ? { code: CAMEO.VIOLENT_REPRESSION } : undefined),
};

/** Words after "called on X" that make it a visit: where, when, what followed ("and held talks"), or the sentence's end. */
const VISIT_FOLLOWERS: ReadonlySet<string> = new Set(['and', '.', 'at', 'in', 'on', 'here', 'there', 'yesterday', 'today', 'late', 'earlier', 'before']);

const ON: ReadonlySet<string> = new Set(['on', 'upon']);

export const CALL_ON_VISIT: SenseRule = {
  id: 'sense.call-on-visit',
  effect: 'code',
  lemmas: ['CALL'],
  example: 'The Chadian minister called on the Sudanese president and held talks with him.',
  reason:
    '"called on X" followed by where, when or what was done there ("called on the president and held talks", "called on him at his residence") is a visit to X (042, make a visit), not an appeal; "called on X to release the prisoners", "called on X for restraint" stay appeals (02x)',
  sense: (s) => {
    const t = s.targets[0];
    // "called on" (or "upon") as a phrasal verb, or "called" with "on" the first word of its pattern.
    const on = ON.has(s.v.lower[s.verbEnd - 1]!) ? s.verbEnd - 1 : ON.has(s.v.lower[s.verbEnd]!) ? s.verbEnd : -1;
    if (!isUnder(s.code, ROOT.APPEAL) || on < 0 || !t || t.start > on + 2) return undefined;
    // Only where what follows says where or when, or goes on with what was done there ("and held talks").
    // "called upon the court and the commission to investigate": coordinated targets, read to the last one's end.
    let end = t.end;
    for (let and = end; s.v.lower[and] === 'and'; and = end) {
      const more = s.targets.find((g) => g.start > and && g.start <= and + 2);
      if (!more) break;
      end = more.end;
    }
    const next = s.v.lower[end];
    return next === undefined || VISIT_FOLLOWERS.has(next) ? { code: CAMEO.MAKE_VISIT } : undefined;
  },
};

/** Words that make a description a reproach, beyond the names of sense.call-name ("as a betrayal", "a shameful surrender"). */
const REPROACHING: ReadonlySet<string> = new Set(
  'betrayal breach surrender violation mockery farce insult blunder conspiracy gimmick stunt ploy illegal unconstitutional undemocratic unfortunate unacceptable dangerous shameful disgraceful anti-people anti-national flagrant'.split(
    ' ',
  ),
);

export const DESCRIBE_AS: SenseRule = {
  id: 'sense.describe-as',
  effect: 'code',
  lemmas: ['DESCRIBE', 'TERM', 'DUB', 'BRAND', 'LABEL'],
  example: "The Chadian opposition described the Sudanese president's statement as a betrayal of the agreement.",
  reason:
    'describing, terming or branding what someone did as a reproach ("as a betrayal", "a shameful surrender") criticizes them (111), as an honour praises them (051); a plain description is a statement',
  sense: (s) => {
    if (s.targets.length === 0) return undefined;
    const words = s.v.lower.slice(s.verbEnd, s.verbEnd + 12);
    const as = words.indexOf('as');
    const named = as >= 0 ? words.slice(as + 1) : words;
    if (named.some((w) => REPROACH.has(w) || REPROACHING.has(w))) return { code: CAMEO.CRITICIZE };
    if (as >= 0 && named.some((w) => HONOUR.has(w))) return { code: CAMEO.PRAISE };
    return undefined;
  },
};

/** Words for the press as an audience: those told are the channel of a statement, not its aim. */
const PRESS: ReadonlySet<string> = new Set(
  'reporters reporter newsmen newspersons newsperson journalists journalist media mediapersons mediamen press correspondents tv television channel newspaper radio tnn pti'.split(
    ' ',
  ),
);

export const PRESS_CHANNEL: SenseRule = {
  id: 'sense.press-channel',
  effect: 'stop',
  lemmas: ['TELL', 'SPEAK', 'TALK', 'ADDRESS', 'BRIEF', 'INFORM', 'SAY'],
  example: 'The Chadian minister told reporters that the border was calm.',
  reason:
    'reporters, the media, the press or a news outlet a statement is told to ("told reporters", "talking to newsmen", "addressed the media", "told a private tv channel") are how it was made public, not whom it was aimed at: the statement has no target in them, and codes none unless the text names another',
  sense: (s) => {
    if (!(isUnder(s.code, ROOT.STATEMENT) || isUnder(s.code, ROOT.CONSULT)) || s.targets.length === 0) return undefined;
    // By its words, or by its code: a news outlet by name ("told the Chad Tribune") is the press (sector MED).
    const press = (t: { start: number; end: number; code: string }): boolean =>
      t.code.endsWith('MED') || s.v.lower.slice(t.start, t.end).some((w) => PRESS.has(w));
    return s.targets.some(press) ? { targets: s.targets.filter((t) => !press(t)) } : undefined;
  },
};
