export type ShareOutcome = 'shared' | 'cancelled' | 'downloaded';

/**
 * Hands the card to the system's share sheet where the browser can share files (phones mostly),
 * else downloads it. A share the reader closes is their choice; any other refusal of the share
 * sheet falls back to the download, so the card is never lost.
 */
export async function shareOrDownload(
  blob: Blob,
  fileName: string,
  title: string,
): Promise<ShareOutcome> {
  const file = new File([blob], fileName, { type: blob.type });
  const data: ShareData = { files: [file], title };
  if (typeof navigator.canShare === 'function' && navigator.canShare(data)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  download(blob, fileName);
  return 'downloaded';
}

function download(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data once the click is handled; a minute is ample on any device.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
