import { PlacesMap } from '../../features/stats/components/places-map';
import { useDocumentMeta } from '../../hooks/use-document-meta';

export function MapRoute() {
  useDocumentMeta('地图', '各省级行政区和各地的教育资讯有多少篇，点开即可搜索那里的文章。');
  return (
    <section className="panel panel--page" aria-labelledby="map-heading">
      <h1 id="map-heading" className="panel__title">
        地图：各地的文章
      </h1>
      <PlacesMap />
    </section>
  );
}
