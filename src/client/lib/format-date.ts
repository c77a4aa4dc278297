const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `2022-10-21` → `2022年10月21日`. Parsed by hand rather than through `Date`, which would read the
 * string as UTC midnight and could show the previous day in western time zones.
 * Anything that is not an ISO date is returned unchanged.
 */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}
