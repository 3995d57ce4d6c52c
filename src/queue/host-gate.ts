import { sleep } from './transient-error.js';

/**
 * Per-host politeness: a request to a host starts at least `delayMs` after the previous request to that host has
 * finished (the crawl-delay reading, so a slow server gets more room, not less); requests to different hosts do
 * not wait for each other. Callers take turns in arrival order.
 */
export class HostGate {
  readonly #delayMs: number;
  readonly #tail = new Map<string, Promise<void>>();

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    const previous = this.#tail.get(host);
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    this.#tail.set(host, mine);
    await previous;
    try {
      return await request();
    } finally {
      void sleep(this.#delayMs).then(() => {
        if (this.#tail.get(host) === mine) this.#tail.delete(host);
        release();
      });
    }
  }
}
