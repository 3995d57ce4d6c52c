import { EntenteError } from '../../core/errors.js';
import { parseIsoDate } from '../../core/time.js';
import type { IngestResult } from '../../pipeline/news-service.js';
import type { CommandModule } from '../context.js';

/** One line per article for people: what was found, or why it was skipped. */
function summary(r: IngestResult): string {
  switch (r.kind) {
    case 'problem':
      return `skipped  ${r.problem.message}`;
    case 'exists':
      return `exists   ${r.article.origin}: already stored as ${r.storedId}`;
    case 'duplicate':
      return `dup      ${r.article.origin}: same text as ${r.of}`;
    default: {
      const a = r.analysis;
      const flagged = a.claims.filter((c) => c.status === 'contradicted').length;
      const head = `${r.kind === 'stored' ? 'stored ' : r.kind === 'updated' ? 'revised ' : 'analyzed'} ${r.article.origin}: ${JSON.stringify(a.article.title ?? '(untitled)')} ${a.article.published}${a.article.dateEstimated ? ' (undated: ingest day)' : ''}`;
      const counts = `  ${a.actors.length} actors, ${a.events.length} events, ${a.facts.length} facts, ${a.claims.length} claims (${flagged} contradicted)`;
      const claims = a.claims.filter((c) => c.status === 'contradicted').map((c) => `  ! ${c.text}: ${c.explanation}`);
      const warnings = [...(r.kind === 'updated' ? [`  note: ${r.message}`] : []), ...a.warnings.map((w) => `  note: ${w}`)];
      return [head, counts, ...claims, ...warnings].join('\n');
    }
  }
}

export const ingestCommand: CommandModule = (program, ctx) => {
  program
    .command('ingest')
    .description('read articles (text, HTML, JSONL, RSS/Atom, folders), find actors, events, facts and claims, store them')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print one JSON object per article (JSON Lines for several)')
    .option('--dry-run', 'analyse and print, store nothing')
    .option('--max-mb <n>', 'largest file to read, in MB', '32')
    .option('--today <date>', 'the ingest day undated articles are resolved against (default: today)')
    .action(async (paths: string[], opts: { json?: boolean; dryRun?: boolean; maxMb: string; today?: string }) => {
      const app = await ctx.app();
      if (opts.today) app.news.setIngestDay(parseIsoDate(opts.today, '--today'));
      const maxBytes = Math.max(1, Number(opts.maxMb)) * 1024 * 1024;
      let problems = 0;
      let articles = 0;
      for await (const r of app.news.ingest(paths, { dryRun: opts.dryRun, maxBytes })) {
        if (r.kind === 'problem') problems++;
        else articles++;
        if (opts.json) {
          const line =
            r.kind === 'stored' || r.kind === 'analyzed' || r.kind === 'updated'
              ? { ...app.news.analysisJson(r.analysis), status: r.kind }
              : r.kind === 'problem'
                ? { status: 'problem', ...r.problem }
                : { status: r.kind, origin: r.article.origin, id: r.kind === 'exists' ? r.storedId : r.article.id };
          process.stdout.write(`${JSON.stringify(line)}\n`);
        } else if (r.kind === 'problem') {
          process.stderr.write(`${summary(r)}\n`);
        } else {
          ctx.out(summary(r));
        }
      }
      if (!opts.json)
        process.stderr.write(
          `${articles} article${articles === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}${opts.dryRun ? ' (dry run: nothing stored)' : ''}\n`,
        );
      if (articles === 0 && problems > 0)
        throw new EntenteError('BAD_INPUT', `no article could be read (${problems} problem${problems === 1 ? '' : 's'} above)`);
    });
};
