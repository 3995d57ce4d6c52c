import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

/** Invented names only: a dictionary person "Ravi Shankar Menon", coded for the days of an office, and people of no list. */
const graph = createNewsGraph({ entities: [state('IND', 'India', 'Indian')], facts: [] });
const coder = {
  ...noEventCoder,
  people: [
    {
      id: 'dictionary-person:ravi-shankar-menon',
      name: 'Ravi Shankar Menon',
      phrases: ['ravi shankar menon'],
      codes: [{ code: 'INDGOV', from: '2001-01-01', to: '2004-05-31' }],
    },
  ],
};

function read(text: string) {
  const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2002-03-04' as IsoDate);
  return analyze(article, { graph, coder }).actors;
}
const at = (actors: ReturnType<typeof read>, text: string, word: string, nth = 1) => {
  let from = -1;
  for (let k = 0; k < nth; k++) from = text.indexOf(word, from + 1);
  return actors.find((a) => a.start === from);
};

test('person.surname.named-before: a bare surname is the person named before it, never one named only later', () => {
  const text = 'patna: p k menon said the mob had dispersed. menon added that a case was registered. later minister ravi shankar menon met the governor.';
  const bare = at(read(text), text, 'menon added');
  assert.notEqual(bare?.id, 'dictionary-person:ravi-shankar-menon');
  // Named before, with a title: the surname is theirs.
  const titled = 'patna: inspector p k menon said the mob had dispersed. menon added that a case was registered.';
  assert.equal(at(read(titled), titled, 'menon added')?.id, 'person:p-k-menon');
  const dictionary = 'patna: minister ravi shankar menon met the governor. menon said the talks went well.';
  assert.equal(at(read(dictionary), dictionary, 'menon said')?.id, 'dictionary-person:ravi-shankar-menon');
  // A lead naming the surname first, no namesake before it: the person the dictionaries know, named in full after.
  const lead = 'patna: menon said the talks went well. later minister ravi shankar menon met the governor.';
  assert.equal(at(read(lead), lead, 'menon said')?.id, 'dictionary-person:ravi-shankar-menon');
});

test('person.surname.shadowed: another person of the surname named since, with no title, leaves the surname to no one', () => {
  const text = 'patna: minister ravi shankar menon met the governor. p k menon said the mob had dispersed. menon added that a case was registered.';
  assert.equal(at(read(text), text, 'menon added'), undefined);
  // The same name written again in full shadows nothing.
  const again = 'patna: inspector p k menon met the governor. p k menon said the mob had dispersed. menon added that a case was registered.';
  assert.equal(at(read(again), again, 'menon added')?.id, 'person:p-k-menon');
});

test('person.given-name: the first given name of one person named in full before is that person', () => {
  const text = 'lucknow: rld chief dinesh chandra varma demanded a probe. speaking to reporters, dinesh attacked the government.';
  const given = at(read(text), text, 'dinesh', 2);
  assert.equal(given?.id, 'person:dinesh-chandra-varma');
  assert.equal(given?.ruleId, 'person.given-name');
  // Two persons of that given name: the word names neither.
  const two = 'lucknow: rld chief dinesh chandra varma met inspector dinesh kumar rao. speaking to reporters, dinesh attacked the government.';
  assert.equal(at(read(two), two, 'dinesh', 3), undefined);
  // A given name shorter than four letters is too often a word ("ram" of "ram mandir").
  const short = 'lucknow: rld chief ram chandra varma demanded a probe. later ram attacked the government.';
  assert.equal(at(read(short), short, 'ram', 2), undefined);
});

test('coref.pronoun-subject: "he" opening a sentence is the last sentence\'s subject, not the last man named in it', () => {
  const text =
    'lucknow: rld chief dinesh chandra varma spoke on monday. speaking to reporters, varma attacked union home minister l k bhalla. ' +
    'he charged bhalla with shielding the rioters. he alleged that the state had failed.';
  const actors = read(text);
  const he1 = at(actors, text, 'he charged');
  const he2 = at(actors, text, 'he alleged');
  assert.deepEqual([he1?.id, he1?.ruleId], ['person:dinesh-chandra-varma', 'coref.pronoun-subject']);
  assert.equal(he2?.id, 'person:dinesh-chandra-varma');
  // The last sentence's first person an object (after a verb): the nearest person, as before.
  const object = 'lucknow: the police arrested inspector l k bhalla on monday. he was produced in court.';
  assert.deepEqual([at(read(object), object, 'he was')?.id, at(read(object), object, 'he was')?.ruleId], ['person:l-k-bhalla', 'coref.pronoun-person']);
});

test("coref.pronoun-subject: not in a quotation opened since the subject; the speaker rule yields to the last sentence's subject", () => {
  const quote =
    'lucknow: mahant dinesh chandra varma attacked prime minister l k bhalla, saying: "we do not trust the prime minister. he has gone back on his word."';
  assert.equal(at(read(quote), quote, 'he has')?.id, 'person:l-k-bhalla');
  const speaker =
    'lucknow: the talks failed, said mahant dinesh chandra varma. vhp working president l k bhalla endorsed the decision. "we will build", he stated.';
  assert.equal(at(read(speaker), speaker, 'he stated')?.id, 'person:l-k-bhalla');
  // A subject inside the quotation, or in a clause "when" opens, is not the one who speaks.
  const quoted = 'lucknow: rld chief dinesh chandra varma said the talks failed. "at the end, prime minister l k bhalla has announced the plan," he said.';
  assert.equal(at(read(quoted), quoted, 'he said')?.id, 'person:dinesh-chandra-varma');
  const when =
    'lucknow: the talks failed, said mahant dinesh chandra varma. when counsel l k bhalla asked him about it, varma said that he knew. "it was late," he said.';
  assert.equal(at(read(when), when, 'he said')?.id, 'person:dinesh-chandra-varma');
});
