import { APP_NAME } from '../../hooks/use-document-meta';
import { useMediaQuery } from '../../hooks/use-media-query';

// Touch screens and phones rarely have a keyboard: the ? key is not worth a line there.
const NO_KEYBOARD_LIKELY = '(pointer: coarse), (max-width: 39.99rem)';

interface SiteFooterProps {
  disclaimer: string | null;
  counts: { articles: number; teasers: number } | null;
  onShowShortcuts: () => void;
}

export function SiteFooter({ disclaimer, counts, onShowShortcuts }: SiteFooterProps) {
  const keyboardLikely = !useMediaQuery(NO_KEYBOARD_LIKELY, false);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {disclaimer && <p className="site-footer__disclaimer">{disclaimer}</p>}
        {counts && (
          <p className="site-footer__counts">
            共收录文章 {counts.articles} 篇，另有仅知标题的条目 {counts.teasers} 条。
          </p>
        )}
        <p className="site-footer__row">
          <span className="site-footer__name">{APP_NAME}</span>
          {keyboardLikely && (
            <button type="button" className="link-button" onClick={onShowShortcuts}>
              键盘快捷键（按 ? 查看）
            </button>
          )}
        </p>
      </div>
    </footer>
  );
}
