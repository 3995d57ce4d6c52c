import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/extract/analysis.js';
import { articleHome, HOME_RULES } from '../../src/extract/home-country.js';
import { splitSentences } from '../../src/extract/sentences.js';

const home = (text: string, actors: Actor[] = []) => articleHome(text, splitSentences(text), actors);

/** A state actor at an invented offset: the text need not hold it, only the evidence lists it. */
const stateActor = (state: string, start: number): Actor => ({
  text: state,
  start,
  end: start + 3,
  sentence: 0,
  id: state,
  type: 'state',
  role: null,
  name: state,
  state,
  cameo: state,
  refersTo: null,
  confidence: 0.95,
  ruleId: 'actor.state.name',
});

test('a dateline and a subdivision in lower-cased text make the article Indian, with the evidence spans', () => {
  const text = 'lucknow: shops were burnt in two towns of uttar pradesh on monday, the district officials said.';
  const h = home(text);
  assert.equal(h?.country, 'IND');
  assert.deepEqual(
    h?.evidence.map((e) => [e.text, e.ruleId]),
    [
      ['lucknow', HOME_RULES.dateline.id],
      ['uttar pradesh', HOME_RULES.place.id],
    ],
  );
  assert.ok(h!.confidence > 0.6);
});

test('an institution counts for its state: the lok sabha and a union minister', () => {
  assert.equal(home('the lok sabha was adjourned twice after the union minister spoke about the budget.')?.country, 'IND');
  assert.equal(home('The Knesset passed the bill late on Tuesday.')?.country, 'ISR');
});

test('in cased text a place must be capitalized: a lower-case word is no place', () => {
  assert.equal(home('Protesters marched through Karachi and Lahore on Sunday.')?.country, 'PAK');
  assert.equal(home('The kremlin of the old town is a museum now.'), null);
});

test('a domestic article naming a neighbour once stays domestic', () => {
  const text = 'ahmedabad: curfew was imposed in three towns of gujarat after the clashes. the minister blamed pakistan.';
  assert.equal(home(text, [stateActor('PAK', 90)])?.country, 'IND');
});

test('a foreign-affairs article about two states is no one-country article', () => {
  const text = 'The two foreign ministers met for talks on the border and trade.';
  assert.equal(home(text, [stateActor('RUS', 0), stateActor('UKR', 10), stateActor('RUS', 20), stateActor('UKR', 30)]), null);
  // One state leading three to one, but the other named as an actor twice: still foreign affairs.
  const lead = [0, 5, 10, 15, 20, 25].map((k) => stateActor('USA', k));
  assert.equal(home(text, [...lead, stateActor('IRN', 40), stateActor('IRN', 50)]), null);
});

test('an article naming one state and nothing else is that state’s, as the event coder read it before', () => {
  assert.deepEqual((({ country, ruleId }) => ({ country, ruleId }))(home('Taxes rose.', [stateActor('FRA', 0)])!), {
    country: 'FRA',
    ruleId: HOME_RULES.sole.id,
  });
});
