// What other features may use of the map and timelines: the charts a search page shows.
export { SearchTimeline } from './components/search-timeline';
export { TopicTrend } from './components/topic-trend';
