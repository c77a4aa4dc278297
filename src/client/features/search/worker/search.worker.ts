import { serveSearchWorker } from '../lib/search-worker-protocol';

// A dedicated worker's global scope: messages from the page in, answers out.
serveSearchWorker(self);
