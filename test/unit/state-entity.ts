import type { Entity } from '../../src/core/entity.js';

/** A state of an invented graph for the news tests, with its demonym as an alias. */
export const stateEntity = (id: string, name: string, demonym: string): Entity => ({
  id,
  kind: 'state',
  name,
  aliases: [{ text: demonym, kind: 'demonym', lang: 'en' }],
  attrs: {},
  provenance: [{ dataset: 'test', ref: id }],
});
