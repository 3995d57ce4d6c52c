import { readFileSync } from 'node:fs';
import { EntenteError } from '../../core/errors.js';
import { withoutDatabase } from '../../app.js';
import type { CommandModule } from '../context.js';

/**
 * `entente ner --conll IN > OUT`: tags a CoNLL file with the trained recognizer, for conlleval. It needs no
 * database: the app's `withoutDatabase` tools read the model folder.
 */
export const nerCommand: CommandModule = (program, ctx) => {
  program
    .command('ner')
    .description('Tag named entities (PER, ORG, LOC, MISC) in a CoNLL file: each line comes back with the predicted BIO tag appended')
    .requiredOption('--conll <file>', 'one token a line (the first column), blank lines between sentences; "-" reads stdin')
    .option('--model <dir>', 'the model folder written by "npm run train:ner"', withoutDatabase.nerModelDir)
    .action((opts: { conll: string; model: string }) => {
      const file = opts.conll === '-' ? '<stdin>' : opts.conll;
      let text: string;
      try {
        text = readFileSync(opts.conll === '-' ? 0 : opts.conll, 'utf8');
      } catch (e) {
        throw new EntenteError('BAD_INPUT', `cannot read ${file}: expected a readable CoNLL file, found ${(e as Error).message}`, { file });
      }
      const out = withoutDatabase.tagConll(text, file, opts.model);
      if (out) ctx.out(out);
    });
};
