import { describe, expect, it } from 'vitest';
import {
  dateFromUrlPath,
  firstDateIn,
  leadingDate,
} from '../../../../src/compiler/parse/parse-date.ts';

describe('dates in source URLs', () => {
  it.each([
    ['http://jw.cq.gov.cn/zwxx_209/bmdt/qxxx/202210/t20221021_11213004.html', '2022-10-21'],
    ['https://example.cn/2021/03/09/story.html', '2021-03-09'],
    ['https://example.cn/news/2021-3-9/story.html', '2021-03-09'],
    ['https://example.cn/news/20210309/1.html', '2021-03-09'],
    ['https://example.cn/news/202103/1.html', null],
    ['https://example.cn/t20211399_1.html', null],
  ])('%s has the date %s', (url, expected) => {
    expect(dateFromUrlPath(new URL(url))).toBe(expected);
  });
});

describe('dates in text', () => {
  it('reads the common written forms', () => {
    expect(firstDateIn('发布时间:2022年06月07日 来源')).toBe('2022-06-07');
    expect(firstDateIn('2021-11-03 06:26:58')).toBe('2021-11-03');
    expect(firstDateIn('发表于 2022-5-22')).toBe('2022-05-22');
    expect(firstDateIn('2021年来,新建党组织6个')).toBeNull();
  });

  it('skips impossible dates', () => {
    expect(firstDateIn('2023-02-30 与 2023-03-01')).toBe('2023-03-01');
  });

  it('splits a leading date from the text glued to it', () => {
    expect(leadingDate('2024-11-23省教育厅举办2023...')).toEqual({
      date: '2024-11-23',
      rest: '省教育厅举办2023...',
    });
    expect(leadingDate('省教育厅')).toBeNull();
  });
});
