import { EntenteError, expectedFound } from '../core/errors.js';
import { DEFAULT_POLICY, type QueuePolicy } from './work-queue.js';

const VARIABLES: Record<keyof QueuePolicy, { name: string; min: number }> = {
  retryLimit: { name: 'ENTENTE_QUEUE_RETRIES', min: 0 },
  retryDelaySeconds: { name: 'ENTENTE_QUEUE_RETRY_DELAY', min: 0 },
  leaseSeconds: { name: 'ENTENTE_QUEUE_LEASE', min: 1 },
  maintenanceSeconds: { name: 'ENTENTE_QUEUE_MAINTENANCE', min: 1 },
};

/**
 * The queue policy, each figure overridable from the environment: `ENTENTE_QUEUE_RETRIES` (3),
 * `ENTENTE_QUEUE_RETRY_DELAY` seconds (10), `ENTENTE_QUEUE_LEASE` seconds (300), `ENTENTE_QUEUE_MAINTENANCE`
 * seconds (30). Tests shorten the lease so that a killed worker's job comes back in seconds.
 */
export function policyFromEnv(env: NodeJS.ProcessEnv): QueuePolicy {
  const policy: Record<string, number> = { ...DEFAULT_POLICY };
  for (const [key, { name, min }] of Object.entries(VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new EntenteError('USAGE', `${name}: ${expectedFound(`a whole number >= ${min}`, raw)}`);
    policy[key] = n;
  }
  return policy as unknown as QueuePolicy;
}

/** pg-boss keeps its tables beside the app's: `<schema>_queue`, or `entente_queue` for the default schema. */
export function queueSchemaFor(appSchema: string | undefined): string {
  return `${appSchema ?? 'entente'}_queue`.toLowerCase();
}
