// What other features may use of the share card: the button, and the shape of what it draws.
export { ShareCardButton } from './components/share-card-button';
export { excerptOf, type ShareCardContent } from './lib/card-layout';
