import type { MouseEvent } from 'react';

/**
 * A plain `#main` fragment would be read by the hash router as the route `/main`, so the link
 * moves focus itself and keeps the URL as it is.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      跳到正文
    </a>
  );
}
