import { Badge } from './badge';

/** Marks an item of which the site knows only the title, wherever such items are listed. */
export function TeaserBadge() {
  return <Badge title="本站只见过这个标题，没有收录正文">仅标题</Badge>;
}
