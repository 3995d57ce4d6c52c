import { CONDITION_PHRASES } from '../../src/rules/atop-codes.js';
import type { ObligationKind, Provision } from '../../src/rules/provision.js';

/**
 * A one-line example of a provision with two real parties: the first member bound and the first party it owes
 * the obligation to, e.g. "If Belarus is attacked, Russia is bound to come to its defence."
 */
export function exampleSentence(p: Provision, members: readonly number[], names: ReadonlyMap<number, string>): string {
  const name = (c: number) => names.get(c) ?? `COW ${c}`;
  const boundList = p.bound === 'all' ? members : p.bound;
  for (const m of boundList) {
    const owed = p.toward === 'others' ? members : (p.toward[String(m)] ?? members);
    const q = owed.find((x) => x !== m);
    if (q === undefined) continue;
    const only = p.conditions.map((c) => `${CONDITION_PHRASES[c.code]}${c.named?.length ? ` (${c.named.map(name).join(', ')})` : ''}`);
    const suffix = only.length > 0 ? `, but only ${only.join('; ')}` : '';
    return `${sentence(p.kind, name(m), name(q))}${suffix}.`;
  }
  return `No member of phase ${p.phase} owes this obligation to another.`;
}

function sentence(kind: ObligationKind, bound: string, partner: string): string {
  switch (kind) {
    case 'defense':
      return `If ${partner} is attacked, ${bound} is bound to come to its defence`;
    case 'offense':
      return `${bound} is bound to fight beside ${partner} even in a war ${partner} was not attacked into`;
    case 'neutrality':
      return `If ${partner} is at war, ${bound} is bound not to help its adversary`;
    case 'nonaggression':
      return `${bound} is bound not to use force against ${partner}`;
    case 'consultation':
      return `In a crisis that may come to war, ${bound} is bound to consult ${partner}`;
  }
}
