// What other features may use of articles: the data reads and the item's bookmark target.
export { itemFilePath, useItem } from './api/get-item';
export { useManifest } from './api/get-manifest';
export { bookmarkTargetOf } from './lib/item-target';
