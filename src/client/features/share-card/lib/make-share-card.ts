import { cardFileName } from './card-file-name';
import { layoutShareCard, type ShareCardContent } from './card-layout';
import { drawShareCard } from './draw-share-card';
import { shareOrDownload, type ShareOutcome } from './share-or-download';

/**
 * Draws the card for `content` and shares or downloads it. Loaded on the first press of 分享卡片
 * (share-card-button.tsx), so the QR encoder and canvas code cost nothing until then.
 */
export async function makeAndShareCard(content: ShareCardContent): Promise<ShareOutcome> {
  // The card is set in the page's own fonts; system fonts need no waiting, web fonts would.
  await document.fonts.ready;
  const fontFamily = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('这个浏览器不能绘制图片。');
  const measure = (text: string, font: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const layout = layoutShareCard(content, fontFamily, measure);
  drawShareCard(canvas, layout, content.url);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('这个浏览器没能生成图片。');
  return shareOrDownload(blob, cardFileName(content.title), content.title);
}
