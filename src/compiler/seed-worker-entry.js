// The entry of a compile worker thread. Plain JavaScript, because a worker starts without the
// TypeScript loader its parent may have (Vite's config loader, vitest): it registers tsx, then
// loads the compiler's own modules. See `workerSeedWork` in seed-work.ts and seed-task.ts.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runSeedTask, seedTaskTransfer } = await import('./seed-task.ts');
const { serveTasks } = await import('./worker-pool.ts');
if (parentPort) serveTasks(parentPort, runSeedTask, seedTaskTransfer);
