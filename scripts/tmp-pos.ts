import { splitSentences } from '../src/extract/sentences.js';
const t = process.argv[2]!;
for (const s of splitSentences(t)) console.log(s.tokens.map((k) => `${k.text}/${k.pos}`).join(' '));
