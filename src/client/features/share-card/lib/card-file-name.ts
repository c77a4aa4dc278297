/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f\\/:*?"<>|]/g;
const MAX_CHARS = 40;

/**
 * The downloaded card's name, from the title: what a reader finds in the downloads folder. Titles
 * are untrusted text, so anything a file system would refuse or misread goes.
 */
export function cardFileName(title: string): string {
  const chars = Array.from(title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim());
  // A leading dot hides a file on some systems; a trailing one is dropped by Windows.
  while (chars[0] === '.' || chars[0] === ' ') chars.shift();
  const kept = chars.slice(0, MAX_CHARS);
  while (kept.at(-1) === '.' || kept.at(-1) === ' ') kept.pop();
  return `${kept.join('') || '分享卡片'}.png`;
}
