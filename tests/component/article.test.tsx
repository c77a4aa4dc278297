import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildManifest,
  buildSighting,
  buildTeaser,
  summaryOf,
} from './support/builders';
import { respond, serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

describe('an article page', () => {
  it('shows the title as the heading, the date, a link to the source and every paragraph', async () => {
    const article = buildArticle({
      title: '开州区聚焦“三力”抓牢抓实中小学党建工作',
      publishedAt: '2022-10-21',
      url: 'http://jw.cq.gov.cn/zwxx_209/bmdt/qxxx/202210/t20221021_11213004.html',
      host: 'jw.cq.gov.cn',
      paragraphs: [
        '开州区教育系统严格落实全面从严治党主体责任。',
        '第一，“规范化”建设。',
        '第二，“精细化”落实。',
      ],
    });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    expect(screen.getByText('2022年10月21日')).toHaveAttribute('datetime', '2022-10-21');

    const source = screen.getByRole('link', { name: /jw\.cq\.gov\.cn/ });
    expect(source).toHaveAttribute('href', article.url);
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');

    for (const paragraph of article.paragraphs) {
      expect(screen.getByText(paragraph).tagName).toBe('P');
    }
    expect(document.title).toBe(`${article.title} - 教育资讯阅读器`);
  });

  it('shows a subtitle under the heading, and says when the heading was made from the lead', async () => {
    const article = buildArticle({
      title: '3月5日上午，枫林县第一中学举办青年教师课堂教学比赛…',
      titleDerived: true,
      subtitle: '在全县教育工作会议上的讲话',
    });
    const previous = buildArticle({ title: '枫林县运动会开幕', titleDerived: true });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile({ ...article, prev: summaryOf(previous) }),
    });
    renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    expect(screen.getByText('——在全县教育工作会议上的讲话')).toBeVisible();
    expect(screen.getByText('原网页没有标题，上面的标题取自正文的第一句。')).toBeVisible();
    const neighbours = screen.getByRole('navigation', { name: '上一篇与下一篇' });
    expect(within(neighbours).getByText('取自导语')).toBeVisible();
  });

  it('shows no such note under a headline the page printed', async () => {
    const article = buildArticle({ title: '枫林县举办青年教师课堂教学比赛' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    expect(screen.queryByText(/原网页没有标题/)).toBeNull();
  });

  it('links to the previous and next items, teasers included, and follows those links', async () => {
    const previous = buildArticle({ title: '永川区多措并举促进高校毕业生就业' });
    const next = buildTeaser({ title: '广西：做好近视防控工', truncated: true });
    const article = buildArticle({ prev: summaryOf(previous), next: summaryOf(next) });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
      [bundlePaths.item(previous.id)]: buildItemFile(previous),
    });
    const { user } = renderApp(`/article/${article.id}`);

    const neighbours = await screen.findByRole('navigation', { name: '上一篇与下一篇' });
    const nextLink = within(neighbours).getByRole('link', {
      name: /下一篇.*广西：做好近视防控工…/,
    });
    expect(nextLink).toHaveAttribute('href', `/article/${next.id}`);
    expect(within(nextLink.closest('li') as HTMLElement).getByText('仅标题')).toBeVisible();

    await user.click(within(neighbours).getByRole('link', { name: /上一篇.*永川区/ }));
    expect(await screen.findByRole('heading', { level: 1, name: previous.title })).toBeVisible();
  });

  it('does not turn a javascript: source address into a link', async () => {
    const article = buildArticle({ url: 'javascript:alert(1)', host: 'evil.example' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(screen.getByText(/evil\.example/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /evil\.example/ })).not.toBeInTheDocument();
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
    }
  });

  it('links to a source address without the user name and password an old bundle kept', async () => {
    const article = buildArticle({
      url: 'http://jw.example.gov.cn:secret@evil.example/news/1.html',
      host: 'evil.example',
    });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    const source = await screen.findByRole('link', { name: /evil\.example/ });
    expect(source).toHaveAttribute('href', 'http://evil.example/news/1.html');
    expect(document.body.innerHTML).not.toMatch(/secret|jw\.example\.gov\.cn/);
  });

  it('shows text that looks like HTML exactly as written', async () => {
    const article = buildArticle({
      title: '<b>标题</b>',
      paragraphs: ['<img src=x onerror="alert(1)">正文', '<script>alert(2)</script>'],
    });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    const { container } = renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: '<b>标题</b>' })).toBeVisible();
    expect(screen.getByText('<img src=x onerror="alert(1)">正文')).toBeVisible();
    expect(screen.getByText('<script>alert(2)</script>')).toBeVisible();
    expect(container.querySelector('b, img, script')).toBeNull();
  });
});

describe('a teaser page', () => {
  it('says only the title is known, and where it was seen', async () => {
    const seenOn = buildArticle({ title: '开州区聚焦“三力”抓牢抓实中小学党建工作' });
    const teaser = buildTeaser({
      title: '省教育厅举办2023',
      truncated: true,
      date: '2024-11-23',
      sightings: [
        buildSighting({ list: 'latest', on: { id: seenOn.id, title: seenOn.title } }),
        buildSighting({ list: 'next', on: { id: 'b00001', title: '另一篇文章' }, date: null }),
      ],
    });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
      [bundlePaths.item(seenOn.id)]: buildItemFile(seenOn),
    });
    const { user } = renderApp(`/article/${teaser.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: '省教育厅举办2023…' }),
    ).toBeVisible();
    expect(screen.getByText('仅标题')).toBeVisible();
    expect(screen.getByText(/没有收录它的正文/)).toBeVisible();
    expect(screen.getAllByText('2024年11月23日')[0]).toHaveAttribute('datetime', '2024-11-23');

    const sightings = within(screen.getByRole('region', { name: '出现位置' })).getAllByRole(
      'listitem',
    );
    expect(sightings[0]).toHaveTextContent(`在《${seenOn.title}》页面的“最新加入”列表中`);
    expect(sightings[1]).toHaveTextContent('在《另一篇文章》页面的“下一篇”链接中');
    expect(document.title).toBe('省教育厅举办2023… - 教育资讯阅读器');

    await user.click(within(sightings[0] as HTMLElement).getByRole('link', { name: seenOn.title }));
    expect(await screen.findByRole('heading', { level: 1, name: seenOn.title })).toBeVisible();
  });

  it('offers to look for the full text on the site that listed it', async () => {
    const teaser = buildTeaser({ title: '开州区召开课后服务推进会', host: 'jw.cq.gov.cn' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    renderApp(`/article/${teaser.id}`);

    const link = await screen.findByRole('link', { name: '到 jw.cq.gov.cn 查找原文' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.origin).toBe('https://www.baidu.com');
    expect(url.searchParams.get('wd')).toBe('开州区召开课后服务推进会 site:jw.cq.gov.cn');
  });

  it('offers no such search when no site is known', async () => {
    const teaser = buildTeaser({ title: '来历不明的标题', host: null });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    renderApp(`/article/${teaser.id}`);

    await screen.findByRole('heading', { level: 1, name: '来历不明的标题' });
    expect(screen.queryByRole('link', { name: /查找原文/ })).not.toBeInTheDocument();
  });
});

describe('waiting for an article', () => {
  it('shows a thin progress bar while the file loads', async () => {
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: respond.hang(),
    });
    const { container } = renderApp(`/article/${article.id}`);
    await waitFor(() => expect(container.querySelector('.route-progress')).not.toBeNull());
  });

  it('shows none once the article is there', async () => {
    const article = buildArticle({ title: '已经到了的文章' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    const { container } = renderApp(`/article/${article.id}`);
    await screen.findByRole('heading', { level: 1, name: '已经到了的文章' });
    await waitFor(() => expect(container.querySelector('.route-progress')).toBeNull());
  });
});
