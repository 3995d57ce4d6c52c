import type { Span } from './analysis.js';

/**
 * A news page's list of links to other stories ("Related stories: Minister visits dam | Rail fares rise") is copied
 * into the text with the story, often run on after its last sentence. Its headlines are other articles: they name
 * actors and read like events ("oppn seeks modi's dismissal"), but this article reports none of them. A heading of
 * the rows below, opening a sentence and followed by a separator, starts such a list; it runs to the end of its
 * paragraph. The sentences stage leaves those sentences out and says so in the article's warnings.
 */
interface NavigationHeading {
  readonly id: string;
  readonly heading: string;
  readonly example: string;
}

export const NAVIGATION_HEADINGS: readonly NavigationHeading[] = [
  { id: 'text.navigation-list.related-stories', heading: 'related stories', example: 'Related stories: Minister visits dam | Rail fares rise' },
  { id: 'text.navigation-list.related-articles', heading: 'related articles', example: 'Related articles - Court bars strike' },
  { id: 'text.navigation-list.related-news', heading: 'related news', example: 'Related news: Port reopens after storm' },
  { id: 'text.navigation-list.also-read', heading: 'also read', example: 'Also read: Governor meets farmers' },
  { id: 'text.navigation-list.read-also', heading: 'read also', example: 'Read also | Talks on water resume' },
  { id: 'text.navigation-list.more-stories', heading: 'more stories', example: 'More stories: Mayor sworn in' },
  { id: 'text.navigation-list.see-also', heading: 'see also', example: 'See also: Border talks stall' },
  { id: 'text.navigation-list.you-may-like', heading: 'you may also like', example: 'You may also like: Envoy recalled' },
];

/**
 * Where a heading may stand: the text's start, a line's start, or after a sentence's end. What must follow it: a
 * colon, bar or dash, a line break, the text's end, or a character outside ASCII (a no-break space, or its
 * mis-decoded "Â", as pages copied with the wrong encoding have it). A heading followed by a plain space and a word
 * is prose ("Related stories were denied by the ministry").
 */
const HEADING = new RegExp(
  `(?:^|\\n|[.!?]["”’)]?[ \\t]+)[ \\t]*(${NAVIGATION_HEADINGS.map((h) => h.heading.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*(?=[:|\\-–—\\n]|[^\\x00-\\x7f]|$)`,
  'gi',
);

export interface NavigationList extends Span {
  readonly ruleId: string;
}

/** The navigation lists of a text: from a heading to the next blank line or the text's end. */
export function navigationLists(text: string): NavigationList[] {
  const out: NavigationList[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = start;
    const end = blank.exec(text)?.index ?? text.length;
    const key = m[1]!.toLowerCase().replace(/[ \t]+/g, ' ');
    out.push({ start, end, ruleId: NAVIGATION_HEADINGS.find((h) => h.heading === key)!.id });
    HEADING.lastIndex = end;
  }
  return out;
}
