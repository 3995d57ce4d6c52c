/**
 * Reading and writing the event-type classifier's file (data/event-classifier/model.json): `{ meta, classes,
 * weights }`, meta saying how it was trained (not read back). The classifier itself is pure (src/extract/events).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntenteError } from '../core/errors.js';
import { checkEventTypeModel, type EventTypeModel } from '../extract/events/sentence-classifier.js';

export const DEFAULT_EVENT_CLASSIFIER = fileURLToPath(new URL('../../data/event-classifier/model.json', import.meta.url));

export function loadEventTypeModel(file = DEFAULT_EVENT_CLASSIFIER): EventTypeModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EntenteError(
      'BAD_INPUT',
      `cannot read the event classifier ${file}: expected a file written by "npm run train:events", found ${(e as Error).message}`,
      {
        file,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new EntenteError('BAD_INPUT', `${file}: expected JSON, found ${(e as Error).message}`, { file });
  }
  return checkEventTypeModel(json, file);
}

/** Writes the model with its meta first; returns the size in bytes. One feature a line keeps diffs readable. */
export function saveEventTypeModel(model: EventTypeModel, file: string, meta: Record<string, unknown>): number {
  mkdirSync(dirname(file), { recursive: true });
  const lines = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  const text = `{\n  "meta": ${JSON.stringify(meta, null, 2).replace(/\n/g, '\n  ')},\n  "classes": ${JSON.stringify(model.classes)},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
