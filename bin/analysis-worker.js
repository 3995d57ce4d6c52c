// A thread of the analysis pool (src/pipeline/analysis-pool.ts). Its TypeScript runs through tsx, registered here:
// a worker thread does not get the loader its parent was started with.
import { register } from 'tsx/esm/api';

register();
const { analysisTask } = await import('../src/pipeline/analysis-worker.ts');
export default analysisTask;
