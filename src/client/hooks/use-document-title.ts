import { useEffect } from 'react';

export const APP_NAME = '教育资讯阅读器';

/** Sets the tab title to `${title} - 教育资讯阅读器`, or the bare app name for the home page. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} - ${APP_NAME}` : APP_NAME;
  }, [title]);
}
