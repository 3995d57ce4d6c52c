import { writeFileSync } from 'node:fs';
import { EntenteError } from '../../core/errors.js';
import type { CommandModule } from '../context.js';
import { switchesFrom, switchOptions } from './obligations.js';

const WHAT = ['atop-dyad-years'];

export const exportCommand: CommandModule = (program, ctx) => {
  const cmd = program
    .command('export')
    .description("derived data as files: atop-dyad-years = directed dyad-year obligations in ATOP's layout, from the engine's own facts and rules")
    .argument('<what>', WHAT.join(' | '))
    .option('--from <year>', 'first year', '1815')
    .option('--to <year>', 'last year', '2018')
    .option('--out <file>', 'write to a file instead of standard output');
  switchOptions(cmd);
  cmd.action(async (what: string, opts: { from: string; to: string; out?: string }) => {
    if (!WHAT.includes(what))
      throw new EntenteError('USAGE', `Nothing to export called ${JSON.stringify(what)}: expected ${WHAT.join(' or ')}`, { found: what, suggestions: WHAT });
    const year = (v: string, name: string) => {
      if (!/^\d{4}$/.test(v)) throw new EntenteError('USAGE', `${name} expects a year YYYY, found ${JSON.stringify(v)}`, { expected: 'YYYY', found: v });
      return Number(v);
    };
    const app = await ctx.app();
    const { rows, csv } = await app.obligations.dyadYearCsv(year(opts.from, '--from'), year(opts.to, '--to'), switchesFrom(opts));
    if (!opts.out) {
      // `export ... | head` closes the pipe early: that is the reader's choice, not an error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
      });
      return void process.stdout.write(csv);
    }
    writeFileSync(opts.out, csv);
    process.stderr.write(`${rows.toLocaleString('en-US')} directed dyad-years ${opts.from}-${opts.to} written to ${opts.out}\n`);
  });
};
