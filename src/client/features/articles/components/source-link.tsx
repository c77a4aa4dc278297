import { safeHttpUrl } from '../../../lib/safe-http-url';

/** Names the source site and links to the original, but only through an http(s) URL. */
export function SourceLink({ url, host }: { url: string | null; host: string | null }) {
  const href = safeHttpUrl(url);
  const name = host ?? (href ? new URL(href).host : null);
  if (!name) return null;
  return (
    <span className="article__source">
      <span className="visually-hidden">来源：</span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
          <span className="visually-hidden">（在新窗口打开原文）</span>
        </a>
      ) : (
        name
      )}
    </span>
  );
}
