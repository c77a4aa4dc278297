// A pool worker for tests, in plain JavaScript: answers `{ echo }` with the value, `{ fail }`
// with an error, and dies on `{ crash }`, the way WorkerPool's workers answer (worker-pool.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', ({ id, task }) => {
  if (task.crash) process.exit(3);
  if (task.fail) parentPort?.postMessage({ id, ok: false, message: task.fail });
  else
    setTimeout(() => parentPort?.postMessage({ id, ok: true, result: task.echo }), task.wait ?? 0);
});
