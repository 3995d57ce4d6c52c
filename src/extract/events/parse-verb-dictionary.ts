import { parseCode, parsePattern } from './parse-pattern.js';
import type { VerbBlock, VerbDictionary, VerbPattern, VerbWord } from './types.js';

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, or the older PETR.Validate.verbs.txt layout):
 *   &SYNSET + `+member` lines;
 *   `--- NAME [code] ---` opens a block of synonymous verbs;
 *   `VERB {IRREGULAR FORMS} [code]` and `+PHRASAL_VERB {+FORMS} [code]` list its verbs;
 *   `- pre * post [code] # comment` are its patterns.
 * Pure: takes the file's text, returns data. Pattern ids are `<block>.<n>` (n from 1 within the block).
 */
export function parseVerbDictionary(text: string): VerbDictionary {
  const synsets: Record<string, string[]> = {};
  const blocks: { name: string; code: string; verbs: VerbWord[]; patterns: VerbPattern[] }[] = [];
  let mode: 'none' | 'synset' | 'block' = 'none';
  let synset: string[] | undefined;
  let block: (typeof blocks)[number] | undefined;
  const seen = new Map<string, number>();

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('<!--') || line.startsWith('<') || line.startsWith('#')) continue;
    if (line === '') {
      if (mode === 'synset') mode = block ? 'block' : 'none';
      continue;
    }
    if (line.startsWith('&')) {
      const name = line.slice(1).replace(/#.*$/, '').trim().replace(/_$/, '').toUpperCase();
      synset = synsets[name] ??= [];
      mode = 'synset';
      continue;
    }
    if (mode === 'synset' && line.startsWith('+') && synset) {
      const member = line.slice(1).replace(/#.*$/, '').trim();
      if (member) synset.push(member.toUpperCase());
      continue;
    }
    const header = /^---\s*(.+?)\s*\[\s*([^\]]*?)\s*\]\s*---/.exec(line);
    if (header) {
      const name = header[1]!.trim().replace(/\s+/g, '_').replace(/_$/, '').toUpperCase();
      // Some names repeat (blocks split over the file): keep ids unique and stable with a suffix.
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      block = { name: n === 1 ? name : `${name}~${n}`, code: header[2]!.replace(/\s+/g, ''), verbs: [], patterns: [] };
      blocks.push(block);
      mode = 'block';
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const coded = parseCode(line.slice(1));
      if (!coded) continue;
      const parsed = parsePattern(coded.body);
      if (!parsed) continue;
      block.patterns.push({
        id: `${block.name}.${block.patterns.length + 1}`,
        code: coded.code,
        ...parsed,
        text: line.replace(/\s+/g, ' ').replace(/\s*#.*$/, ''),
      });
      continue;
    }
    const verb = parseVerbLine(line);
    if (verb) block.verbs.push(verb);
  }
  return { synsets, blocks: blocks as VerbBlock[] };
}

function parseVerbLine(line: string): VerbWord | undefined {
  let rest = line.replace(/#.*$/, '');
  let code: string | undefined;
  const c = /\[\s*([^\]]*?)\s*\]/.exec(rest);
  if (c) {
    code = c[1]!.replace(/\s+/g, '');
    rest = rest.replace(c[0], ' ');
  }
  let forms: string[] = [];
  const f = /\{([^}]*)\}/.exec(rest);
  if (f) {
    forms = f[1]!
      .split(/\s+/)
      .filter(Boolean)
      .map((x) => headWord(x));
    rest = rest.replace(f[0], ' ');
  }
  const word = rest.trim().split(/\s+/)[0];
  if (!word) return undefined;
  const parts = word.replace(/^\+/, '').split('_').filter(Boolean);
  if (parts.length === 0 || !/^[A-Z]/i.test(parts[0]!)) return undefined;
  const lemma = parts[0]!.toUpperCase();
  const particles = parts.slice(1).map((p) => p.toUpperCase());
  const out: { lemma: string; particles?: string[]; forms?: string[]; code?: string } = { lemma };
  if (particles.length) out.particles = particles;
  const own = forms.filter((x) => x && x !== lemma);
  if (own.length) out.forms = [...new Set(own)];
  if (code) out.code = code;
  return out;
}

/** `+ASKED_FOR` -> `ASKED`: the verb word of a phrasal form. */
function headWord(form: string): string {
  return form.replace(/^\+/, '').split('_')[0]!.toUpperCase();
}
