import { createStoreContext } from '../../../lib/storage/store-context';
import type { SearchBackend } from '../lib/search-backend';

/** The app's one search backend (a worker in the browser), made by `AppProvider`. */
export const [SearchBackendProvider, useSearchBackend] =
  createStoreContext<SearchBackend>('The search backend');
