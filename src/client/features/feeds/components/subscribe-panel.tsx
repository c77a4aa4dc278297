import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useId, useMemo, useState } from 'react';
import type { OfferedFeed } from '../lib/feed-addresses';

/** Modules of white around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

type Copied = 'copied' | 'manual' | null;

/**
 * The feed's address, ready to copy, its QR code for a phone's camera, and the same feed as
 * Atom and JSON Feed. Loaded with the QR library when 订阅 is first opened.
 */
export function SubscribePanel({ feed }: { feed: OfferedFeed }) {
  const address = feed.addresses.rss;
  const [copied, setCopied] = useState<Copied>(null);
  const inputId = useId();
  const qr = useMemo(() => {
    const code = generate(address);
    return { size: code.size, path: toSvgPath(code) };
  }, [address]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('copied');
    } catch {
      setCopied('manual');
    }
  };
  const side = qr.size + 2 * QUIET_ZONE;
  return (
    <section className="subscribe-panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="subscribe-panel__title">
        订阅“{feed.name}”
      </h2>
      <p className="subscribe-panel__hint">把这个地址加入 RSS 阅读器，有新文章时就会收到：</p>
      <div className="subscribe-panel__address">
        <label htmlFor={inputId} className="visually-hidden">
          订阅地址（RSS）
        </label>
        <input
          id={inputId}
          className="subscribe-panel__url"
          type="url"
          readOnly
          value={address}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="action-button" onClick={() => void copy()}>
          复制地址
        </button>
      </div>
      <p className="subscribe-panel__status" role="status">
        {copied === 'copied' && '地址已复制'}
        {copied === 'manual' && '浏览器不允许自动复制，请在上面的框里手动复制。'}
      </p>
      <svg
        className="subscribe-panel__qr"
        role="img"
        aria-label={`订阅地址的二维码：${address}`}
        viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
        width="176"
        height="176"
        shapeRendering="crispEdges"
      >
        <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p className="subscribe-panel__others">
        其他格式：<a href={feed.addresses.atom}>Atom</a> ·{' '}
        <a href={feed.addresses.json}>JSON Feed</a>
      </p>
    </section>
  );
}
