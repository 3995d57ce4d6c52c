import assert from 'node:assert/strict';
import { test } from 'node:test';
import { historyAnswer, membersAnswer } from '../../src/api/schemas.js';
import { getJson, useServer } from './harness.js';

const h = useServer();
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).sort();

test('GET members on a day answers with the graph service shape, sources included', async () => {
  const { status, body } = await getJson(h, '/api/organizations/PACT/members?on=2012-05-15');
  assert.equal(status, 200);
  membersAnswer.parse(body);
  assert.deepEqual(ids(body.members), ['AAA', 'BBB', 'DDD']);
  assert.deepEqual(
    body.members.find((m: { id: string }) => m.id === 'AAA').sources.map((s: { dataset: string }) => s.dataset),
    ['curated', 'treaty', 'igo'],
  );
});

test('members resolve names and aliases, and a suspension moves a member to the others', async () => {
  const { body } = await getJson(h, `/api/organizations/${encodeURIComponent('Organisation du Pacte')}/members?on=2012-07-01`);
  assert.equal(body.organization.id, 'PACT');
  assert.deepEqual(ids(body.members), ['AAA', 'BBB']);
  assert.deepEqual(
    body.others.map((m: { id: string; status: string }) => [m.id, m.status]),
    [['DDD', 'suspended']],
  );
  const all = await getJson(h, '/api/organizations/pto/members?on=2012-07-01&all=true');
  assert.deepEqual(ids(all.body.members), ['AAA', 'BBB', 'DDD']);
  const listed = await getJson(h, '/api/organizations/pto/members?on=2012-07-01&status=member,suspended');
  assert.deepEqual(ids(listed.body.members), ['AAA', 'BBB', 'DDD']);
});

test('members can follow one source, and a bare year says how it was read', async () => {
  const { body } = await getJson(h, '/api/organizations/PACT/members?on=2004&source=igo');
  assert.equal(body.on, '2004-07-01');
  assert.equal(body.following, 'igo');
  assert.deepEqual(ids(body.members), ['AAA', 'DDD']);
  assert.match(body.notes.join(' '), /bare year/);
});

test('GET history lists every change with its source and whether it is followed', async () => {
  const { status, body } = await getJson(h, '/api/organizations/PACT/history');
  assert.equal(status, 200);
  historyAnswer.parse(body);
  const dolmatia = body.entries.filter((e: { state: { id: string }; source: { dataset: string } }) => e.state.id === 'DDD' && e.source.dataset === 'curated');
  assert.deepEqual(
    dolmatia.map((e: { date: string; change: string; status: string }) => [e.date, e.change, e.status]),
    [
      ['2006-08-16', 'joined', 'member'],
      ['2012-06-28', 'left', 'member'],
      ['2012-06-28', 'joined', 'suspended'],
      ['2012-12-20', 'left', 'suspended'],
    ],
  );
});

test('every member line says how far its sources reach; ?strict=true leaves out what is carried forward; the future is a 422', async () => {
  const { body } = await getJson(h, '/api/organizations/PACT/members?on=2020-01-01');
  membersAnswer.parse(body);
  const aaa = body.members.find((m: { id: string }) => m.id === 'AAA');
  assert.equal(aaa.carriedForward, aaa.verifiedThrough < '2020-01-01');
  assert.ok(body.members.every((m: { verifiedThrough: string }) => /^\d{4}-\d{2}-\d{2}$/.test(m.verifiedThrough)));
  const strict = await getJson(h, '/api/organizations/PACT/members?on=2020-01-01&strict=true');
  assert.equal(strict.body.strict, true);
  assert.ok(strict.body.members.every((m: { carriedForward: boolean }) => !m.carriedForward));
  const future = await getJson(h, '/api/organizations/PACT/members?on=2026-12-07');
  assert.equal(future.status, 422);
  assert.equal(future.body.error.code, 'OUT_OF_RANGE');
  assert.match(future.body.error.message, /after today \(2026-12-06\)/);
});
