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
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, what, options);
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

/**
 * UTF-16 text (Windows "Unicode" exports): by its byte order mark, or without one when zero bytes stand at every
 * other position, as they do in UTF-16 text of Latin letters. Such text is full of NULs, which would read as binary.
 */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bom: false };
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bom: false };
  return null;
}

function decodeUtf16(bytes: Uint8Array, utf16: { encoding: 'utf-16le' | 'utf-16be'; bom: boolean }, what: string, options: { repair?: boolean }): DecodedText {
  const warnings = [`read as ${utf16.encoding.toUpperCase()}${utf16.bom ? '' : ' (no byte order mark: told by its zero bytes)'}`];
  let text: string;
  try {
    text = new TextDecoder(utf16.encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new EntenteError('BAD_INPUT', `${what} is not valid ${utf16.encoding.toUpperCase()}: expected text, found broken character pairs`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new EntenteError('BAD_INPUT', `${what} is empty: expected article text, found only whitespace`);
  if (hasControlCharacters(text.slice(0, 4096)))
    throw new EntenteError('BAD_INPUT', `${what} is binary: expected text, found control characters in its ${utf16.encoding.toUpperCase()}`);
  if (options.repair === false) return { text, warnings };
  const repaired = repairWithNotes(text);
  return { text: repaired.text, warnings: [...warnings, ...repaired.warnings] };
}

/** Characters below 0x20 other than tab, line breaks, vertical tab and form feed: binary, not text. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  }
  return false;
}

/** Mojibake repair with what it did said in words; per article, so that each article reports its own. */
export function repairWithNotes(text: string): DecodedText {
  const repaired = repairMojibake(text);
  const warnings: string[] = [];
  if (repaired.count > 0) warnings.push(`repaired ${repaired.count} mojibake sequence${repaired.count === 1 ? '' : 's'} (UTF-8 read as Windows-1252)`);
  if (repaired.unrepaired > 0) warnings.push(`${repaired.unrepaired} replacement character${repaired.unrepaired === 1 ? '' : 's'} (U+FFFD) left in the text`);
  return { text: repaired.text, warnings };
}
