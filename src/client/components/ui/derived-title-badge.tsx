import { Badge } from './badge';

/** Marks a title the compiler made from the lead of a page that showed no headline. */
export function DerivedTitleBadge() {
  return <Badge title="原网页没有标题，这里显示的是正文的第一句">取自导语</Badge>;
}
