import { Link } from 'react-router';
import type { ItemSummary } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';
import { displayTitle } from '../lib/item-title';
import { DerivedTitleBadge } from '../../../components/ui/derived-title-badge';
import { TeaserBadge } from '../../../components/ui/teaser-badge';

interface NeighbourLinksProps {
  prev: ItemSummary | null;
  next: ItemSummary | null;
}

export function NeighbourLinks({ prev, next }: NeighbourLinksProps) {
  if (!prev && !next) return null;
  return (
    <nav className="neighbours" aria-label="上一篇与下一篇">
      <ul>
        {prev && <Neighbour label="上一篇" item={prev} modifier="prev" />}
        {next && <Neighbour label="下一篇" item={next} modifier="next" />}
      </ul>
    </nav>
  );
}

function Neighbour({
  label,
  item,
  modifier,
}: {
  label: string;
  item: ItemSummary;
  modifier: 'prev' | 'next';
}) {
  return (
    <li className={`neighbours__item neighbours__item--${modifier}`}>
      <Link className="neighbours__link" to={paths.article.getHref(item.id)}>
        <span className="neighbours__label">{label}</span>
        <span className="neighbours__title">{displayTitle(item)}</span>
      </Link>
      {item.kind === 'teaser' && <TeaserBadge />}
      {item.titleDerived && <DerivedTitleBadge />}
    </li>
  );
}
