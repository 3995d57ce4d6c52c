import { join } from 'node:path';
import type { App } from '../../app.js';
import { buildServer } from '../../api/server.js';
import { PROJECT_ROOT } from '../../config.js';
import { EntenteError } from '../../core/errors.js';
import type { CommandModule } from '../context.js';

/**
 * `entente serve`: the web UI (web/dist) and the HTTP API on one port, on the database `--db` names. Writes
 * need `ENTENTE_TOKEN` as a bearer token when it is set. Runs until interrupted.
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
      const app = await ctx.app();
      if (opts.samples) ctx.out(await ingestSamples(app, opts.samples));
      const server = await buildServer(app, { token: process.env.ENTENTE_TOKEN || undefined, webRoot: join(PROJECT_ROOT, 'web', 'dist') });
      await server.listen({ port, host: opts.host });
      const shown = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
      ctx.out(`Entente is serving on http://${shown}:${port} (API at /api, OpenAPI at /api/openapi.json); Ctrl-C stops it`);
      await stopped();
      await server.close();
    });
};

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

function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
