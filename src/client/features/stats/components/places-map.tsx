import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { PlaceCountsFile } from '../../../../domain/bundle/stats-files';
import { QueryState } from '../../../components/ui/query-state';
import { usePlaceCounts } from '../api/get-stats';
import { PROVINCE_GRID } from '../lib/province-grid';
import { CountsTable } from './counts-table';
import { PlaceBars } from './place-bars';
import { ProvinceTileMap } from './province-tile-map';

/** The map page's body: the tile map, its table, and the chosen province's places as bars. */
export function PlacesMap() {
  const places = usePlaceCounts();
  return (
    <QueryState
      query={places}
      loadingLabel="正在加载地图…"
      errorTitle="地图未能加载"
      errorTitleAs="h2"
    >
      {(data) => <PlacesMapView data={data} />}
    </QueryState>
  );
}

function PlacesMapView({ data }: { data: PlaceCountsFile }) {
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const counts = new Map(data.provinces.map((p) => [p.code, p.count]));
  const order = new Map(PROVINCE_GRID.map((t, i) => [t.code, i]));
  const byCount = [...PROVINCE_GRID].sort(
    (a, b) =>
      (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0) ||
      (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0),
  );
  // The province in the URL (`?province=50`), else the one with the most articles.
  const asked = params.get('province');
  const chosen = data.provinces.find((p) => p.code === asked) ?? data.provinces[0];
  return (
    <>
      <section className="map-section" aria-labelledby="map-tiles-heading">
        <h2 id="map-tiles-heading" className="map-section__title">
          各省级行政区
        </h2>
        <p className="map-section__note">
          每格一个省级行政区，颜色越深（深色主题中越亮）文章越多；点开一格即搜索那里的文章。
        </p>
        <ProvinceTileMap counts={counts} />
        <CountsTable
          caption="各省级行政区的文章数"
          head={['省级行政区', '文章数（篇）']}
          rows={byCount.map((t) => [t.name, counts.get(t.code) ?? 0])}
        />
      </section>
      <section className="map-section" aria-labelledby="map-places-heading">
        <h2 id="map-places-heading" className="map-section__title">
          {chosen ? `${chosen.name}各地` : '各地'}
        </h2>
        {chosen ? (
          <>
            <label className="map-section__choose" htmlFor={selectId}>
              选择省份
            </label>{' '}
            <select
              id={selectId}
              className="map-section__select"
              value={chosen.code}
              onChange={(event) => {
                setParams({ province: event.target.value }, { replace: true });
              }}
            >
              {data.provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}（{p.count} 篇）
                </option>
              ))}
            </select>
            {(data.below[chosen.code] ?? []).length > 0 ? (
              <PlaceBars
                places={data.below[chosen.code] ?? []}
                label={`${chosen.name}各地的文章数`}
              />
            ) : (
              <p className="map-section__note">{chosen.name}的文章没有标到更具体的地方。</p>
            )}
          </>
        ) : (
          <p className="map-section__note">还没有标注了地区的文章。</p>
        )}
      </section>
    </>
  );
}
