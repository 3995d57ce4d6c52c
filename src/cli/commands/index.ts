import type { CommandModule } from '../context.js';
import { initCommand } from './init.js';
import { membersCommand } from './members.js';
import { orgsCommand } from './orgs.js';
import { historyCommand } from './history.js';
import { diffCommand } from './diff.js';
import { leadersCommand } from './leaders.js';
import { tourCommand } from './tour.js';
import { ingestCommand } from './ingest.js';
import { articlesCommand } from './articles.js';
import { factsCommand } from './facts.js';
import { claimsCommand } from './claims.js';
import { eventsCommand } from './events.js';
import { codeCommand } from './code.js';
import { nerCommand } from './ner.js';
import { enqueueCommand } from './enqueue.js';
import { workerCommand } from './worker.js';
import { statusCommand } from './status.js';
import { serveCommand } from './serve.js';
import { obligationsCommand } from './obligations.js';
import { cascadeCommand } from './cascade.js';
import { conflictsCommand } from './conflicts.js';
import { exportCommand } from './export.js';

/** Every command of `entente`, in the order `--help` lists them. One file per command. */
export const COMMANDS: readonly CommandModule[] = [
  initCommand,
  membersCommand,
  orgsCommand,
  historyCommand,
  diffCommand,
  leadersCommand,
  tourCommand,
  ingestCommand,
  articlesCommand,
  factsCommand,
  claimsCommand,
  eventsCommand,
  codeCommand,
  nerCommand,
  enqueueCommand,
  workerCommand,
  statusCommand,
  serveCommand,
  obligationsCommand,
  cascadeCommand,
  conflictsCommand,
  exportCommand,
];
