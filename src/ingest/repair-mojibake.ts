/**
 * Mojibake is UTF-8 that someone decoded as Windows-1252: "â€™" for "’", "Ã©" for "é". Each such run is
 * turned back into its bytes and decoded as UTF-8; a run that does not decode is left as it was.
 */

/** Windows-1252 0x80..0x9F: the characters that differ from Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const BYTE_OF = new Map<string, number>();
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH[i]!, 0x80 + i);

const CONT = `[\\u0080-\\u00BF${[...CP1252_HIGH].filter((c) => c.charCodeAt(0) > 0xff).join('')}\\uFFFD]`;
/** A lead byte of a 2-4 byte UTF-8 sequence, then continuation bytes, all shown as Windows-1252. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g');

const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (c >= 0x80 && c <= 0xff) return c;
  // The undefined cp1252 byte 0x9D became U+FFFD upstream; it is the third byte of "”" (E2 80 9D).
  if (c === 0xfffd) return 0x9d;
  return BYTE_OF.get(ch);
}

function expectedLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return 2;
}

export interface MojibakeRepair {
  readonly text: string;
  readonly count: number;
  /** U+FFFD left after repair: information lost upstream. */
  readonly unrepaired: number;
}

export function repairMojibake(text: string): MojibakeRepair {
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, count: 0, unrepaired: countReplacement(text) };
  let count = 0;
  const out = text.replace(MOJIBAKE, (run) => {
    const chars = [...run];
    const lead = byteOf(chars[0]!)!;
    const n = expectedLength(lead);
    if (chars.length < n) return run;
    const bytes = chars.slice(0, n).map(byteOf);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      const fixed = utf8.decode(Uint8Array.from(bytes as number[]));
      count++;
      return fixed + chars.slice(n).join('');
    } catch {
      return run;
    }
  });
  return { text: out, count, unrepaired: countReplacement(out) };
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
