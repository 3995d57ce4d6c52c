import type { GrammarRule } from './rule.js';

const rule = <K extends string>(rows: Record<K, Omit<GrammarRule, 'id'> & { readonly id: string }>): Record<K, GrammarRule> => rows;

/**
 * The coder's rules about events (whether a verb codes one, with which code, between whom), beyond the verb
 * forms of verb-stops.ts and the mood rules of data/dictionaries/entente-additions.json. Code refers to a row
 * by its key (`EVENT.purpose`), the trace and the events by its id.
 */
export const EVENT = rule({
  patternWord: {
    id: 'event.pattern-word',
    effect: 'stop',
    example: 'Thousands of Chadians gathered to demonstrate against Sudan.',
    reason: 'a verb another verb\'s pattern names as one of its words ("* (TO DEMONSTRATE)") is coded through that pattern, not again',
  },
  purpose: {
    id: 'entente.complement',
    effect: 'stop',
    example: 'The ministry summoned the envoy to complain about the raids.',
    reason: 'a to-infinitive after a verb that does not say it took place is a purpose or a task, not an event',
  },
  background: {
    id: 'event.background-relative',
    effect: 'stop',
    example: 'Chad, which attacked Sudan last year, met Libyan officials.',
    reason: "a non-restrictive relative clause is background to the sentence's news, not an event of its own",
  },
  openingSpeech: {
    id: 'event.opening-speech',
    effect: 'stop',
    example: 'Stating that the raids had to stop, Chadian officials demanded talks with Sudan.',
    reason:
      'a participle of saying that opens the sentence ("Stating that...", "Terming the raids barbaric,") is the same statement its main clause reports, not an event of its own',
  },
  ingAdjunct: {
    id: 'event.ing-adjunct',
    effect: 'stop',
    example: 'Peru refused to sign the pact, citing Chilean opposition to the border.',
    reason: 'an -ing adjunct elaborates the main event: after a comma it codes nothing, elsewhere only through a pattern',
  },
  noCode: {
    id: 'event.no-code',
    effect: 'stop',
    example: 'Chad said Sudan was a neighbour.',
    reason: 'the verb\'s block or pattern codes "---": the dictionary says this use is no event',
  },
  demandedContent: {
    id: 'event.demanded-content',
    effect: 'stop',
    example: "Egyptian officials demanded that Israel match Jordan's offer of aid to Gaza.",
    reason: 'what an appeal or a demand asks for has not happened: the verbs of its clause code nothing',
  },
  governorYields: {
    id: 'event.complement-codes',
    effect: 'stop',
    example: 'Cuba agreed to help Venezuela.',
    reason: 'a governing verb ("agreed to", "plans to") gives way to its coded complement, which carries its mood',
  },
  appealToObject: {
    id: 'event.wants-object-to',
    effect: 'code',
    example: 'Iran wants Syria to withdraw its troops from Lebanon.',
    reason: 'an intent verb with an object before "to" appeals to that object (CAMEO 02), the complement has not happened',
  },
  uncodedPromise: {
    id: 'event.uncoded-promise',
    effect: 'code',
    example: 'Jordan and Britain agreed to undertake joint exercises.',
    reason: 'a promise or threat whose complement has no code of its own is the promise (030) or threat (130) itself',
  },
  conditionalThreat: {
    id: 'event.conditional-threat',
    effect: 'code',
    example: 'Nigeria said it will withdraw its troops from Chad unless the president resigns.',
    reason: 'an intent under "unless", or intended force under "if", is a threat',
  },
  spelledNegation: {
    id: 'event.pattern-negation',
    effect: 'code',
    example: 'Chad will not give Sudan any support.',
    reason: 'a pattern that spells out its negation ("WILL NOT *") has coded it already: the negation rule does not apply twice',
  },
  reportedWould: {
    id: 'event.reported-would',
    effect: 'code',
    example: 'Chad said it would boycott the talks with Sudan.',
    reason: 'in reported speech "would" is the past of "will": an intent, not a hypothesis',
  },
  sameActor: {
    id: 'event.same-actor',
    effect: 'stop',
    example: 'Chad said Chad criticized the talks.',
    reason: 'the same actor on both sides is a resolution slip unless the text says an actor acts on its own people (a government against its opposition)',
  },
  oneWayMood: {
    id: 'event.one-way-mood',
    effect: 'stop',
    example: 'Putin will visit Belarus next month.',
    reason: 'an intent or a refusal is the speaker\'s: "will visit" makes the host say nothing, so the reverse half of a paired code (042:043) is dropped',
  },
  reverseHalf: {
    id: 'event.reverse-half',
    effect: 'stop',
    example: 'The Chadian president visited Sudan.',
    reason:
      "a paired code (042:043, a visit and its hosting) says one thing twice; a record of who did what keeps the act as the text tells it (the news pipeline's option; the PETR2 gold keeps both halves)",
  },
  mutual: {
    id: 'event.mutual',
    effect: 'role',
    example: 'Brazil and Chile agreed to deepen ties.',
    reason: 'with no object, coordinated subjects of a cooperative verb act on each other',
  },
  jointAct: {
    id: 'event.joint-act',
    effect: 'stop',
    example: 'Chadian and Sudanese officials visited the camp.',
    reason:
      'coordinated actors who visit somewhere, are the agents of a passive ("was attended by A and B") or act on a thing ("organised a march", "tried to control violence") act together, not on each other; only a relation ("deepen ties", "held talks") or no object at all makes them each other\'s targets',
  },
  compound: {
    id: 'event.compound',
    effect: 'role',
    example: 'Gondor and Osgiliath postponed their meeting.',
    reason: 'a pattern\'s "%" marks a compound subject acting on itself, member on member',
  },
  passiveAgent: {
    id: 'role.passive-agent',
    effect: 'role',
    example: 'Ukraine was criticized by Russia.',
    reason: 'in a passive the "by" phrase is the source and the subject the target',
  },
  passiveObject: {
    id: 'role.passive-object',
    effect: 'code',
    example: 'Curfew was imposed in the Avarian capital on Sunday.',
    reason:
      'a passive\'s subject that names no actor stands where the active\'s object would ("curfew was imposed" is "imposed curfew"): a pattern\'s words after the verb are matched there, as PETRARCH matches them after the verb of an active',
  },
  passivePattern: {
    id: 'role.passive-pattern',
    effect: 'role',
    example: 'The Bolivian embassy was demolished by a Chilean protestor.',
    reason: 'a pattern\'s words before the verb describe its source, in a passive the "by" agent',
  },
  place: {
    id: 'role.place',
    effect: 'role',
    example: 'Ukrainian opposition supporters protested in Kiev.',
    reason:
      'the place of a protest or a statement ("in", "at", "near" a city or country) is where it happened, not whom it was aimed at; a visit\'s or an attack\'s place may be its target',
  },
  homePlace: {
    id: 'role.home-place',
    effect: 'role',
    example: 'The Chadian interior minister condemned the riots in Ndjamena.',
    reason:
      "in an article with a home country, a town, state or region of that country (or the country as a place) is where its own actors acted, not whom they aimed at: a minister condemning riots in a city of his country, or flying to one of its states, acts on no state (the pipeline's option; the PETR2 gold, lone sentences, codes such places as targets)",
  },
  thingSubject: {
    id: 'role.thing-subject',
    effect: 'stop',
    example: 'Chadian police said the bomb threatened to explode near the Sudanese embassy.',
    reason:
      'a noun phrase that names no actor right before the verb ("the bomb threatened", "the situation demanded") is its subject: the verb has no actor subject, and an actor further back is not it',
  },
  relativeSubject: {
    id: 'role.relative-subject',
    effect: 'role',
    example: 'A Chadian delegation that visited Sudan last week met the Libyan president.',
    reason:
      'an actor after a relative pronoun and its verb ("that visited Sudan") is inside the clause that describes the subject: the verb after the clause is not its act',
  },
  complementObject: {
    id: 'role.complement-object',
    effect: 'role',
    example: 'Cuba wants to attack Venezuela.',
    reason: 'past a complement verb a pattern used, the object follows that verb',
  },
  appealClause: {
    id: 'role.appeal-clause',
    effect: 'role',
    example: 'Washington demanded that Hamas renounce violence.',
    reason: "an appeal's target may be the subject of the clause it demands",
  },
  complainAbout: {
    id: 'role.complain-about',
    effect: 'role',
    example: 'Chad complained to the United Nations over Sudanese raids.',
    reason: 'disapproval addressed to one actor is aimed at the one it is about',
  },
  conditionTarget: {
    id: 'role.condition-target',
    effect: 'role',
    example: 'Chad threatened to ban the vote if Sudan sent troops.',
    reason: 'a threat with no object is aimed at whoever its condition is on',
  },
  purposeTarget: {
    id: 'role.purpose-target',
    effect: 'role',
    example: 'Thousands of Kenyan students marched on Monday to denounce the Ugandan government.',
    reason: "a protest's purpose clause names whom it is aimed at",
  },
  noSource: {
    id: 'event.no-source',
    effect: 'stop',
    example: 'The report criticized Sudan.',
    reason: 'a verb whose subject is no actor the dictionaries or the article resolve (a role of no known country, a common noun) codes no event',
  },
  noTarget: {
    id: 'event.no-target',
    effect: 'stop',
    example: 'Chad criticized the decision.',
    reason: 'a verb that needs a target (all but protests and shows of force) and finds no actor as its object codes no event',
  },
  hypothetical: {
    id: 'event.hypothetical',
    effect: 'stop',
    example: 'The Sudanese offer might encourage Chad to open the border.',
    reason: 'what might, may, could or would happen is a possibility, not an event, unless its subject states it as its own intent ("Chad said it might join")',
  },
  future: {
    id: 'event.future',
    effect: 'stop',
    example: 'Chad said it would consider investigating the Sudanese raids.',
    reason:
      'a future with no intent code of its own (CAMEO has none for investigating, disapproving, protesting) has not happened; futures of cooperation are intents (03x), of force threats (13x)',
  },
  quoted: {
    id: 'event.quoted',
    effect: 'stop',
    example: '"We have destroyed the Sudanese rebels," the Chadian general said.',
    reason:
      'what a quotation says was done (an attack, a meeting, aid) is the speaker\'s claim, not an event the news reports; a verbal act in the first person ("we demand", "we condemn") is performed by speaking and stays',
  },
  question: {
    id: 'event.question',
    effect: 'stop',
    example: 'Didn’t the Chadian president ask parliament to overrule the court?',
    reason:
      'a direct question asserts nothing: its verbs (from the sentence\'s start, a colon or a quote up to the "?") code no event; the verb that asks it ("the minister asked:") stays',
  },
  conditionClause: {
    id: 'event.condition-clause',
    effect: 'stop',
    example: 'Chad will close the border if Sudan attacks Niger.',
    reason: 'the verb of an "if" or "unless" clause is a condition, not something that happened',
  },
  invertedSpeaker: {
    id: 'role.inverted-speaker',
    effect: 'role',
    example: 'The border will stay closed, said the Chadian foreign minister.',
    reason: 'after a comma or a closing quote, "said X" names its speaker after the verb',
  },
  quoteSpeaker: {
    id: 'role.quote-speaker',
    effect: 'role',
    example: '"We demand that Sudan withdraw," the Chadian minister said.',
    reason: 'a first person ("we") inside a quotation is its speaker, the actor of the reporting verb beside it',
  },
  unknownActor: {
    id: 'event.unknown-actor',
    effect: 'stop',
    example: 'The minister criticized the rebels. (in the news pipeline, in an article naming no country)',
    reason:
      'a news record names who did what to whom: an event whose source or target is of no known country or entity (a role alone, an unresolved name) is not recorded',
  },
  pronoun: {
    id: 'role.pronoun',
    effect: 'role',
    example: 'Kyrgyzstan said it might join the customs union.',
    reason: 'a pronoun stands for the latest subject before it',
  },
});
