import { Command, CommanderError } from 'commander';
import { isEntenteError } from '../core/errors.js';
import { createContext } from './context.js';
import { EXIT_CODES } from './exit-codes.js';
import { COMMANDS } from './commands/index.js';

const program = new Command('entente')
  .description('Alliances, organizations and treaties as a temporal graph, with executable treaty rules, fed by the news.')
  .option('--db <path>', 'SQLite database file (default: $ENTENTE_DB, else a per-user data folder; $ENTENTE_DATABASE_URL selects PostgreSQL)')
  .option('--log-level <level>', 'pino log level on stderr', 'warn')
  .option('--wide', 'tables as wide as their content (default: they fit the terminal, long cells wrap)')
  .showSuggestionAfterError(true)
  .exitOverride();

const ctx = createContext(program);
for (const register of COMMANDS) register(program, ctx);

let code = 0;
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    code = e.exitCode === 0 ? 0 : 2;
  } else if (isEntenteError(e)) {
    process.stderr.write(`error: ${e.message}\n`);
    const s = e.details.suggestions;
    if (s && s.length > 0) process.stderr.write(`did you mean: ${s.join(', ')}?\n`);
    code = EXIT_CODES[e.code];
  } else {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    code = 1;
  }
} finally {
  await ctx.close().catch(() => undefined);
}
process.exitCode = code;
