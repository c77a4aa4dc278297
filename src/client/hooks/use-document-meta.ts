import { useEffect } from 'react';

export const APP_NAME = '教育资讯阅读器';
export const APP_DESCRIPTION = '教育资讯阅读器：最新加入与热门的教育新闻，排版舒适，随手收藏。';

/**
 * Sets the tab title to `${title} - 教育资讯阅读器` (the bare app name for the home page) and the
 * meta description that link previews and bookmarks show.
 */
export function useDocumentMeta(title: string | null, description: string = APP_DESCRIPTION) {
  useEffect(() => {
    document.title = title ? `${title} - ${APP_NAME}` : APP_NAME;
    descriptionMeta().setAttribute('content', description);
  }, [title, description]);
}

function descriptionMeta(): HTMLMetaElement {
  const existing = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (existing) return existing;
  const meta = document.createElement('meta');
  meta.name = 'description';
  document.head.append(meta);
  return meta;
}
