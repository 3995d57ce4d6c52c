import { OPEN_END } from '../core/time.js';

/** Whether an organization's day lies after its dissolution (attrs.dissolved, a day). */
export function isDissolved(org: { attrs: Readonly<Record<string, unknown>> }, on: string): boolean {
  const dissolved = org.attrs.dissolved;
  return typeof dissolved === 'string' && on > dissolved;
}

/** An organization before its founding or after its dissolution has no members; say so. */
export function lifetimeNotes(org: { name: string; attrs: Readonly<Record<string, unknown>> }, on: string): string[] {
  const founded = typeof org.attrs.founded === 'string' ? org.attrs.founded : undefined;
  const dissolved = typeof org.attrs.dissolved === 'string' ? org.attrs.dissolved : undefined;
  if (dissolved && on > dissolved && on !== OPEN_END) return [`${org.name} was dissolved on ${dissolved}`];
  if (founded && on < founded) return [`${org.name} was founded on ${founded}; earlier answers come from its founding treaty where one is linked`];
  return [];
}
