import { h } from '../dom.js';
import type { Health } from '../types.js';

/** Whom a state is bound to defend on a day; until the server offers obligations, says so plainly. */
export async function obligationsSection(_state: string, _on: string, caps: Health['capabilities'], _signal: AbortSignal): Promise<HTMLElement> {
  if (!caps.obligations) return unavailable('Treaty obligations are not available on this server yet.');
  return unavailable('Treaty obligations are not available on this server yet.');
}

export function unavailable(message: string): HTMLElement {
  return h('p', { class: 'unavailable', text: message });
}
