// What other features may use of the reading state: whether an item was opened, and the store
// the article body saves its reading position in, and the reader's visits (新 in 最新加入).
export { useIsVisited } from './hooks/use-reading-state';
export { useReadingStore } from './store/reading-store';
export { useVisitStore } from './store/visit-store';
