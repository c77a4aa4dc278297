import { Badge } from '../../../components/ui/badge';

export function TeaserBadge() {
  return <Badge title="本站只见过这个标题，没有收录正文">仅标题</Badge>;
}
