import cliProgress from 'cli-progress';

/** A progress bar on stderr that shows only on a terminal, so pipes and tests see clean output. */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done: number, total: number) {
      if (!tty) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    done(message: string) {
      this.stop();
      process.stderr.write(`${message}\n`);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
