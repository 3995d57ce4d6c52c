import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { findDates } from '../../src/extract/dates.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { analyzeText } from '../fixtures/news/analyze-text.js';

test('sentences and tokens carry offsets into the text; a blank line ends a sentence', () => {
  const text = 'Headline without a stop\n\nThe U.S. envoy left. "We agree," she said.';
  const s = splitSentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    ['Headline without a stop', 'The U.S. envoy left.', '"We agree," she said.'],
  );
  for (const t of s.flatMap((x) => x.tokens)) assert.equal(text.slice(t.start, t.end), t.text);
});

// Published on Tuesday 2012-05-15.
for (const [sentence, expected] of [
  ['The president said Tuesday that talks would go on.', ['Tuesday=2012-05-15']],
  ['The minister arrived on Friday.', ['on Friday=2012-05-11']],
  ['She was jailed last year.', ['last year=2011']],
  ['The group was founded in 1992 and meets twice a year.', ['in 1992=1992']],
  ['Troops leave the country by 2014.', ['by 2014=2014']],
  ['The accord was signed on March 3, 2011 in the capital.', ['March 3, 2011=2011-03-03']],
  ['It happened two years ago.', ['two years ago=2010']],
  // "met" is past: a 20 June after the article's day is last year's.
  ['The envoys met on May 14 and again on 20 June.', ['May 14=2012-05-14', '20 June=2011-06-20']],
  ['About 20 may join the talks.', []],
  ['The deal of Sept. 9th, 2010 holds.', ['Sept. 9th, 2010=2010-09-09']],
  ['Nothing dated here.', []],
] as const) {
  test(`dates: ${sentence}`, () => {
    const s = splitSentences(sentence)[0]!;
    const got = findDates(s, '2012-05-15' as IsoDate).map((d) => `${d.text}=${d.precision === 'year' ? d.date.slice(0, 4) : d.date}`);
    assert.deepEqual(got, expected);
  });
}

// [text, published, expected actors as "text=id/type[/cameo]"]
for (const [text, published, expected] of [
  ['Russia and Belarus signed.', '2012-05-15', ['Russia=RUS/state', 'Belarus=BLR/state']],
  ['The CSTO met in Moscow.', '2012-05-15', ['CSTO=CSTO/organization', 'Moscow=RUS/place']],
  ['They pledged loyalty to Moscow.', '2012-05-15', ['Moscow=RUS/government/RUSGOV']],
  ['Ukrainian officials left the U.S. embassy.', '2012-05-15', ['Ukrainian=UKR/state', 'U.S.=USA/state']],
  ['He told us nothing about the US plan.', '2012-05-15', ['He', 'US=USA/state']],
  ['former Soviet republics met.', '2012-05-15', []],
  ['President Dmitry Medvedev spoke.', '2011-06-01', ['Dmitry Medvedev=Q23530/person/RUSGOV']],
  ['Dmitry Medvedev spoke.', '2013-06-01', ['Dmitry Medvedev=Q23530/person/RUSGOV']],
] as const) {
  test(`actors on ${published}: ${text}`, () => {
    const a = analyzeText(text, published);
    const got = a.actors.map((x) =>
      x.type === 'person' && x.refersTo === null && x.ruleId.startsWith('coref')
        ? x.text
        : `${x.text}=${x.id}/${x.type}${x.type === 'government' || x.type === 'person' ? `/${x.cameo}` : ''}`,
    );
    assert.deepEqual(
      got.filter((g) => g !== 'He'),
      expected.filter((e) => e !== 'He'),
    );
  });
}

test('a leader is resolved by the article date: the same name, another office', () => {
  const before = analyzeText('Dmitry Medvedev spoke.', '2011-06-01').actors[0]!;
  const after = analyzeText('Dmitry Medvedev spoke.', '2013-06-01').actors[0]!;
  assert.match(before.role!, /head of state/);
  assert.match(after.role!, /head of government/);
});

test('people: surnames, former office holders, role appositions, pronouns', () => {
  const a = analyzeText(
    'President Vladimir Putin met Alexander Lukashenko. Putin said the talks went well. ' +
      'Former Prime Minister Yulia Timoshenko was jailed last year. She denies the charges. ' +
      'Russian political analyst Ivan Petrovsky said the deal was done. Petrovsky, editor of a weekly, added that he agreed.',
    '2012-05-15',
  );
  const by = (t: string) => a.actors.find((x) => x.text === t)!;
  assert.equal(by('Putin').id, 'Q7747');
  assert.equal(by('Putin').refersTo, by('Vladimir Putin').start);
  assert.equal(by('Alexander Lukashenko').cameo, 'BLRGOV');
  assert.equal(by('Yulia Timoshenko').id, 'Q8057');
  assert.match(by('Yulia Timoshenko').role!, /former .*opposition/);
  assert.equal(by('Yulia Timoshenko').cameo, 'UKROPP');
  assert.equal(by('She').id, 'Q8057');
  assert.equal(by('Ivan Petrovsky').state, 'RUS');
  assert.equal(by('Ivan Petrovsky').role, 'political analyst');
  assert.match(by('Petrovsky').role!, /editor of a weekly/);
  assert.equal(by('he').id, 'person:ivan-petrovsky');
});

test('coreference: "the organization" is the last body named, not one only compared with', () => {
  const a = analyzeText('The CSTO, whose charter - like NATO’s - has a defence clause, said the organization would grow.');
  const org = a.actors.find((x) => x.text === 'the organization')!;
  assert.equal(org.id, 'CSTO');
  assert.equal(org.ruleId, 'coref.definite-organization');
});

test('"the organization" never refers to a candidate a recognizer proposed', async () => {
  const { resolveAnaphors } = await import('../../src/extract/coreference.js');
  const { emptyDraft } = await import('../../src/extract/stage.js');
  const base = analyzeText('The CSTO met. The editor of Weekly Defense said the organization would grow.');
  const weekly = base.actors.length;
  const text = 'The CSTO met. The editor of Weekly Defense said the organization would grow.';
  const start = text.indexOf('Weekly Defense');
  const candidate = {
    text: 'Weekly Defense',
    start,
    end: start + 14,
    sentence: 1,
    id: 'candidate:organization:weekly-defense',
    type: 'organization' as const,
    role: null,
    name: 'Weekly Defense',
    state: null,
    cameo: '',
    refersTo: null,
    confidence: 0.6,
    ruleId: 'actor.ner.organization',
  };
  const draft = {
    ...emptyDraft({ id: 'x', title: null, authors: [], published: '2012-05-15' as never, dateEstimated: false, url: null, captions: [], text, warnings: [] }),
    sentences: (await import('../../src/extract/sentences.js')).splitSentences(text),
    actors: [...base.actors.filter((a) => !a.ruleId.startsWith('coref')), candidate],
  };
  const org = resolveAnaphors(draft).find((a) => a.text === 'the organization')!;
  assert.equal(org.id, 'CSTO');
  assert.ok(weekly > 0);
});
