/**
 * The reader's own calendar date of a moment, `YYYY-MM-DD`. `toISOString` would give the UTC
 * date, a day early for a bookmark saved before 8 a.m. in China.
 */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
