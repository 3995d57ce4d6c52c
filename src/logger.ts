import { pino, type Logger } from 'pino';
import type { ResolvedConfig } from './config.js';

/** Logs go to stderr, so that `--json` output on stdout stays clean. */
export function createLogger(config: Pick<ResolvedConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: undefined }, pino.destination(2));
}
