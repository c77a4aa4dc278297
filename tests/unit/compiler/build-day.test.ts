import { describe, expect, it } from 'vitest';
import {
  buildDay,
  chinaToday,
  latestPublicationDay,
  parseBuildDay,
} from '../../../src/compiler/build-day.ts';

describe('the build day', () => {
  it('is the day in China, eight hours ahead of UTC', () => {
    expect(chinaToday(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(chinaToday(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
  });

  it('is the day given, else READER_BUILD_DATE, else today in China', () => {
    const now = new Date('2024-12-31T20:00:00Z');
    const env = { READER_BUILD_DATE: '2023-03-04' };
    expect(buildDay('2022-01-02', env, now)).toBe('2022-01-02');
    expect(buildDay(undefined, env, now)).toBe('2023-03-04');
    expect(buildDay(undefined, {}, now)).toBe('2025-01-01');
  });

  it('refuses anything but a real date written YYYY-MM-DD, and says where it came from', () => {
    expect(parseBuildDay(' 2024-02-29 ')).toBe('2024-02-29');
    for (const text of ['2023-02-29', '2024-6-1', 'today', '']) {
      expect(() => parseBuildDay(text, '--today')).toThrow(
        `--today must be a date written YYYY-MM-DD, not "${text}".`,
      );
    }
    expect(() => buildDay(undefined, { READER_BUILD_DATE: '31/12/2024' })).toThrow(
      'READER_BUILD_DATE must be a date written YYYY-MM-DD',
    );
  });

  it('lets a page be dated one day later, across months and years', () => {
    expect(latestPublicationDay('2024-02-28')).toBe('2024-02-29');
    expect(latestPublicationDay('2024-12-31')).toBe('2025-01-01');
  });
});
