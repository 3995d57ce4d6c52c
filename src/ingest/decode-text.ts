import { EntenteError } from '../core/errors.js';
import { repairMojibake } from './repair-mojibake.js';

export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Signatures of formats that are surely not text, checked before any decoding. */
const BINARY_MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Bytes to text, or a BAD_INPUT error that says what was found. Empty and binary input is refused; invalid
 * UTF-8 is read as Windows-1252 and said so; mojibake (UTF-8 read as Windows-1252 upstream) is repaired.
 */
export function decodeText(bytes: Uint8Array, what: string, options: { repair?: boolean } = {}): DecodedText {
  if (bytes.length === 0) throw new EntenteError('BAD_INPUT', `${what} is empty: expected article text, found 0 bytes`);
  for (const [name, magic] of BINARY_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      throw new EntenteError('BAD_INPUT', `${what} is binary: expected text, found a ${name} file`, { expected: 'text', found: name });
    }
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new EntenteError('BAD_INPUT', `${what} is binary: expected text, found NUL bytes`, { expected: 'text', found: 'NUL bytes' });
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length * 0.1) {
    throw new EntenteError('BAD_INPUT', `${what} is binary: expected text, found ${control} control bytes in the first ${head.length}`);
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push('not valid UTF-8: read as Windows-1252 (best effort)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new EntenteError('BAD_INPUT', `${what} is empty: expected article text, found only whitespace`);
  if (options.repair === false) return { text, warnings };
  const repaired = repairWithNotes(text);
  return { text: repaired.text, warnings: [...warnings, ...repaired.warnings] };
}

/** Mojibake repair with what it did said in words; per article, so that each article reports its own. */
export function repairWithNotes(text: string): DecodedText {
  const repaired = repairMojibake(text);
  const warnings: string[] = [];
  if (repaired.count > 0) warnings.push(`repaired ${repaired.count} mojibake sequence${repaired.count === 1 ? '' : 's'} (UTF-8 read as Windows-1252)`);
  if (repaired.unrepaired > 0) warnings.push(`${repaired.unrepaired} replacement character${repaired.unrepaired === 1 ? '' : 's'} (U+FFFD) left in the text`);
  return { text: repaired.text, warnings };
}
