import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe('the built site under its Content-Security-Policy', () => {
  it('sets the policy before any script or stylesheet, and keeps the charset early', async () => {
    const html = await readFile(path.join(inject('distDir'), 'index.html'), 'utf8');
    const policy = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(policy).toBeGreaterThan(0);
    expect(policy).toBeLessThan(html.indexOf('<script'));
    expect(policy).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(html.indexOf('charset="UTF-8"')).toBeLessThan(1024);
  });

  it('runs its own code but refuses inline script', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.getByRole('heading', { name: '最新加入' }).waitFor();
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      return document.body.dataset.inline === 'ran';
    });
    expect(inlineRan).toBe(false);
    expect(site.errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });
});
