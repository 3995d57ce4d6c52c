/**
 * Leaders taking or leaving office as the news words them. Each rule finds the verb phrase only;
 * `office-changes.ts` finds the person (one the graph knows), the office (a role noun after the verb, "as prime
 * minister", or before the name, "President X"), the state and the day, and asks the membership blockers.
 */
import type { ChangeRule } from './membership-rules.js';

export interface OfficeRule extends ChangeRule {
  readonly predicate: 'holds_office';
  /** `in_office` from the day on, or `withdrawn`: the person no longer holds the office from that day. */
  readonly status: 'in_office' | 'withdrawn';
}

export const OFFICE_RULES: readonly OfficeRule[] = [
  {
    id: 'office.took',
    predicate: 'holds_office',
    status: 'in_office',
    order: 'state-first',
    pattern:
      /\b(?:(?:was|were|has been) )?(?:sworn in|inaugurated)\b|\b(?:took|assumed) (?:office|the oath of office|the (?:presidency|premiership))\b|\bbecame (?=(?:the )?(?:new |country's |\w+'s )?(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)\b)/gi,
    example: 'Dmitry Medvedev was sworn in as president of Russia on Monday.',
    reason: 'an inauguration or taking office starts a term',
    confidence: 0.85,
  },
  {
    id: 'office.left',
    predicate: 'holds_office',
    status: 'withdrawn',
    order: 'state-first',
    pattern: /\b(?:resigned|stepped down|left office|(?:was|has been) (?:ousted|overthrown|deposed|removed from office|toppled))\b/gi,
    example: 'Kazakh President Nursultan Nazarbayev resigned on Tuesday.',
    reason: 'a resignation or an ouster ends a term',
    confidence: 0.8,
  },
];
