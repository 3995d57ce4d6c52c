/**
 * Text with almost no capitals (lower-cased exports) cannot be matched case-aware: capitals are not required there.
 * Sentences that start in lower case say so first: a few capitals of a share bar ("Facebook Twitter Linkedin Mail")
 * or a "This story is from March 6, 2002" line do not make a lower-cased story a cased one.
 */
export function isLowercaseText(text: string): boolean {
  // Five stages ask of the same article's text in turn: the last answer is kept (the same string is one comparison).
  if (text !== lastText) {
    lastText = text;
    lastLowercase = lowercaseText(text);
  }
  return lastLowercase;
}

let lastText: string | undefined;
let lastLowercase = false;

function lowercaseText(text: string): boolean {
  const head = text.slice(0, 5000);
  const lowerStarts = head.match(/[.!?]["”’)]?\s+[a-z]/g)?.length ?? 0;
  const upperStarts = head.match(/[.!?]["”’)]?\s+[A-Z]/g)?.length ?? 0;
  if (lowerStarts + upperStarts >= 3) return lowerStarts >= 2 * upperStarts;
  // A short story's share bar ("Facebook Twitter Linkedin Mail"), a line of capitalized words only, says nothing.
  const rest = head.replace(/^(?:[ \t]*\p{Lu}\p{Ll}*)+[ \t]*$/gmu, '');
  return fewCapitals(rest.replace(/\s+/g, '').length >= 20 ? rest : head);
}

function fewCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && i < 5000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++, letters++;
    else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) upper++, letters++;
      else if (ch !== ch.toUpperCase()) letters++;
    }
  }
  return upper / Math.max(1, letters) < 0.005;
}
