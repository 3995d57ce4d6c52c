export * from './errors.js';
export * from './time.js';
export * from './provenance.js';
export * from './entity.js';
export * from './fact.js';
export * from './normalize.js';
