import { useMemo } from 'react';
import { qrSvgPath } from '../../../lib/qr-svg-path';
import { safeHttpUrl } from '../../../lib/safe-http-url';

/**
 * Shown only on paper (print.css): the original's address in full and as a QR code, so that a
 * printed article leads back to its source. An article without a usable source address gets this
 * reader's address in the code instead.
 */
export function PrintSource({
  sourceUrl,
  readerUrl,
}: {
  sourceUrl: string | null;
  readerUrl: string;
}) {
  const source = safeHttpUrl(sourceUrl);
  const target = source ?? readerUrl;
  const qr = useMemo(() => qrSvgPath(target), [target]);
  return (
    <footer className="print-source">
      <div className="print-source__text">
        {source && (
          <p>
            原文地址：<span className="print-source__url">{source}</span>
          </p>
        )}
        <p>
          本站地址：<span className="print-source__url">{readerUrl}</span>
        </p>
      </div>
      <svg
        className="print-source__qr"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={source ? '原文地址的二维码' : '本站地址的二维码'}
        shapeRendering="crispEdges"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
    </footer>
  );
}
