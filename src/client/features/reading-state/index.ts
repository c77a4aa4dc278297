// What other features may use of the reading state: whether an item was opened, and the store
// the article body saves its reading position in.
export { useIsVisited } from './hooks/use-reading-state';
export { useReadingStore } from './store/reading-store';
