import { describe, expect, it } from 'vitest';
import { splitGluedDates } from '../../../../src/compiler/parse/split-glued-dates.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 10 }));
const entries = (...texts: string[]) =>
  splitGluedDates(lines(...texts)).entries.map(({ title, truncated, date }) => ({
    title,
    truncated,
    date,
  }));

describe('splitting scraped sidebar lines', () => {
  it('gives each date to the item on the line before it', () => {
    expect(entries('甲...', '2024-11-23乙...', '2024-11-22')).toEqual([
      { title: '甲', truncated: true, date: '2024-11-23' },
      { title: '乙', truncated: true, date: '2024-11-22' },
    ]);
  });

  it('keeps the line number of the title, not of the date', () => {
    expect(
      splitGluedDates(lines('甲', '2024-01-01乙', '2024-01-02')).entries.map((e) => e.line),
    ).toEqual([10, 11]);
  });

  it('leaves the last item undated when the bare closing date is missing', () => {
    expect(entries('甲', '2024-11-23乙').at(-1)).toEqual({
      title: '乙',
      truncated: false,
      date: null,
    });
  });

  it('reads lists where every line starts with its own date', () => {
    expect(entries('2024-01-02甲', '2024-01-01乙')).toEqual([
      { title: '甲', truncated: false, date: '2024-01-02' },
      { title: '乙', truncated: false, date: '2024-01-01' },
    ]);
  });

  it('reads lists where every line ends with its own date', () => {
    expect(entries('甲 2024-01-02', '乙… 2023年12月1日')).toEqual([
      { title: '甲', truncated: false, date: '2024-01-02' },
      { title: '乙', truncated: true, date: '2023-12-01' },
    ]);
  });

  it('does not mistake a title that starts with a year for a date', () => {
    expect(entries('甲', '2024-11-232023年工作会议...', '2024-11-22')).toEqual([
      { title: '甲', truncated: false, date: '2024-11-23' },
      { title: '2023年工作会议', truncated: true, date: '2024-11-22' },
    ]);
  });

  it('warns about a date that belongs to no item', () => {
    const { problems } = splitGluedDates(lines('', '2024-01-01'));
    expect(problems).toEqual([expect.objectContaining({ line: 11, severity: 'warning' })]);
  });
});
