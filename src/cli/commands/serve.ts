import { join } from 'node:path';
import type { App } from '../../app.js';
import { buildServer } from '../../api/server.js';
import { PROJECT_ROOT } from '../../config.js';
import { EntenteError } from '../../core/errors.js';
import type { CommandModule } from '../context.js';

/**
 * `entente serve`: the web UI (web/dist) and the HTTP API on one port, on the database `--db` names. Writes
 * need `ENTENTE_TOKEN` as a bearer token when it is set. Articles are analysed in threads of their own, so the
 * server answers while it analyses. Runs until SIGINT or SIGTERM, and stops within seconds of one, whatever it is
 * doing (a second signal stops it at once).
 */
export const serveCommand: CommandModule = (program, ctx) => {
  program
    .command('serve')
    .description('serve the web UI and the HTTP API (default http://localhost:8080)')
    .option('--port <n>', 'port to listen on (default $PORT, else 8080)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)', '127.0.0.1')
    .option('--samples <dir>', 'ingest the articles in this folder first (once: stored articles are skipped)')
    .action(async (opts: { port?: string; host: string; samples?: string }) => {
      const port = portOption(opts.port ?? process.env.PORT ?? '8080');
      const app = await ctx.app({ isolateAnalysis: true });
      if (opts.samples) ctx.out(await ingestSamples(app, opts.samples));
      await app.analysis?.start();
      const server = await buildServer(app, { token: process.env.ENTENTE_TOKEN || undefined, webRoot: join(PROJECT_ROOT, 'web', 'dist') });
      await server.listen({ port, host: opts.host });
      const shown = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
      const listed = process.env.ENTENTE_ALLOWED_HOSTS?.trim();
      const hosts = listed === '*' ? 'any Host header' : `Host ${listed || 'localhost, 127.0.0.1, [::1]'} (ENTENTE_ALLOWED_HOSTS)`;
      ctx.out(`Entente is serving on http://${shown}:${port} (API at /api, OpenAPI at /api/openapi.json; answering ${hosts}); Ctrl-C stops it`);
      const signal = await stopped();
      // Whatever is running is cut short: the analysis threads first (their requests answer 503), then every
      // connection. Should anything still hang, the process ends on its own a few seconds later.
      const deadline = setTimeout(() => {
        process.stderr.write(`stopping took longer than ${STOP_SECONDS} s: exiting\n`);
        process.exit(1);
      }, STOP_SECONDS * 1000);
      const again = () => process.exit(signal === 'SIGINT' ? 130 : 143);
      process.once('SIGINT', again);
      process.once('SIGTERM', again);
      await app.analysis?.close();
      await server.close();
      clearTimeout(deadline);
    });
};

/** How long a stop may take before the process ends regardless. */
const STOP_SECONDS = 5;

/** The first screen should be alive: a few articles of the project's own, stored once. */
async function ingestSamples(app: App, dir: string): Promise<string> {
  const counts = { stored: 0, exists: 0, problems: [] as string[] };
  for await (const r of app.news.ingest([dir])) {
    if (r.kind === 'stored') counts.stored += 1;
    else if (r.kind === 'exists' || r.kind === 'duplicate') counts.exists += 1;
    else if (r.kind === 'problem') counts.problems.push(r.problem.message);
  }
  const problems = counts.problems.map((p) => `\n  skipped: ${p}`).join('');
  return `sample articles from ${dir}: ${counts.stored} ingested, ${counts.exists} already stored${problems}`;
}

function portOption(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EntenteError('USAGE', `Bad port: expected an integer 0..65535, found ${JSON.stringify(value)}`);
  }
  return port;
}

function stopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
