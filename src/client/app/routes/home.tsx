import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ListSkeleton } from '../../components/ui/list-skeleton';
import { useLatestPage } from '../../features/articles/api/get-latest-page';
import { useManifest } from '../../features/articles/api/get-manifest';
import { HotSection } from '../../features/articles/components/hot-section';
import { LatestSection } from '../../features/articles/components/latest-section';
// Straight from its file: the feeds' index also leads to the search page's 订阅 code and styles.
import { SiteFeedLinks } from '../../features/feeds/components/site-feed-links';
import { FollowedSearches } from '../../features/search/components/followed-searches';
import { QuickFilters } from '../../features/search/components/quick-filters';
import { APP_NAME, useDocumentMeta } from '../../hooks/use-document-meta';
import { useMediaQuery, WIDE_SCREEN } from '../../hooks/use-media-query';
import { warmRouteWhenIdle } from '../route-modules';
import { HomeTimelineSlot } from './home-timeline-slot';

export function HomeRoute() {
  useDocumentMeta(null);
  // Most readers go on to an article: its code is ready by then, so opening one fetches only
  // the article's own file.
  useEffect(() => warmRouteWhenIdle('article'), []);
  return (
    <>
      <h1 className="visually-hidden">{APP_NAME}</h1>
      <SiteFeedLinks />
      <HomeSections />
    </>
  );
}

/**
 * The lists come from two files; showing each as it arrives would push the hot list down the
 * screen when the latest list lands under it (a layout shift a reader sees as the page jumping),
 * so the page waits for both. Each section still reports its own failure. The wait happens once:
 * a section retrying a failed file must not take the whole page back to the loading state.
 */
function HomeSections() {
  const manifest = useManifest();
  const latest = useLatestPage(1, 'articles');
  const wide = useMediaQuery(WIDE_SCREEN);
  const settled = !manifest.isPending && !latest.isPending;
  const [ready, setReady] = useState(settled);
  if (settled && !ready) setReady(true);
  // The lists' first render, the biggest of the page, runs as a transition: in slices between
  // which a tap is answered, rather than in the one long task that received the data.
  const shown = useDeferredValue(ready);
  if (!shown) return <ListSkeleton label="正在加载最新加入和热门资讯…" />;
  return (
    <>
      {/* Followed searches first; their counts start once the lists are painted. */}
      <FollowedSearches countsEnabled={shown} />
      {wide ? (
        <div className="home-grid">
          <LatestSection />
          <div className="home-grid__aside">
            <HotSection />
            <QuickFilters />
          </div>
        </div>
      ) : (
        <HomeTabs />
      )}
      <HomeTimelineSlot />
    </>
  );
}

const TABS = [
  { id: 'latest', label: '最新' },
  { id: 'hot', label: '热门' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * Phones: 最新 and 热门 as tabs, so that the hot list is one tap away rather than three screens
 * down. The tab is in the URL (`?tab=hot`), so Back returns to it from an article.
 */
function HomeTabs() {
  const [params, setParams] = useSearchParams();
  const selected: TabId = params.get('tab') === 'hot' ? 'hot' : 'latest';
  const tabs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const select = (id: TabId, focus = false) => {
    setParams(id === 'latest' ? {} : { tab: id }, { replace: true });
    if (focus) tabs.current[id]?.focus();
  };
  // Arrow keys move between tabs, as in every tab list (WAI-ARIA authoring practices).
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === selected);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next) select(next.id, true);
  };
  return (
    <div className="home-tabs">
      <div className="tabs" role="tablist" aria-label="首页列表" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              tabs.current[tab.id] = node;
            }}
            type="button"
            role="tab"
            id={`home-tab-${tab.id}`}
            className="tabs__tab"
            aria-selected={tab.id === selected}
            aria-controls={`home-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`home-panel-${selected}`}
        aria-labelledby={`home-tab-${selected}`}
        className="home-tabs__panel"
      >
        {selected === 'latest' ? <LatestSection /> : <HotSection />}
      </div>
      <QuickFilters />
    </div>
  );
}
