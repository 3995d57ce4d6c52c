import type { LoadReport } from '../../graph/graph-store.js';
import type { CommandModule } from '../context.js';
import { progressBar } from '../progress.js';

export const initCommand: CommandModule = (program, ctx) => {
  program
    .command('init')
    .description('load the committed reference data into the database, in one transaction (first use does it too)')
    .option('--json', 'print the load report as JSON')
    .action(async (opts: { json?: boolean }) => {
      const app = await ctx.app();
      const bar = progressBar('loading reference data');
      let report: LoadReport;
      try {
        report = await app.init((done, total) => bar.update(done, total));
      } finally {
        bar.stop();
      }
      if (opts.json) return ctx.json(report);
      ctx.out(
        `loaded reference data ${report.version}: ${report.entities} entities, ${report.aliases} aliases, ${report.facts} facts in ${report.seconds.toFixed(1)} s (${app.stores.dialect})`,
      );
    });
};
