import type { Health } from './types.js';

export interface AppContext {
  /** What the server offers (from /api/health): views show "not available yet" for the rest. */
  readonly health: Health;
  /** Go to another view, e.g. `#/timeline?org=CSTO`. */
  navigate(hash: string): void;
}

export interface View {
  /** The hash's parameters changed while the view is shown (a link inside the view, back/forward). */
  update(params: URLSearchParams): void;
  unmount(): void;
}

export type ViewFactory = (root: HTMLElement, params: URLSearchParams, ctx: AppContext) => View;

/** Writes the view's state into the address bar without adding a history entry per slider step. */
export function replaceParams(view: string, params: Record<string, string | undefined | null>): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  history.replaceState(null, '', `#/${view}${s ? `?${s}` : ''}`);
}
