// What other features and routes may use of feeds: the home page's links and a search's feed.
export { SearchFeed } from './components/search-feed';
export { SiteFeedLinks } from './components/site-feed-links';
