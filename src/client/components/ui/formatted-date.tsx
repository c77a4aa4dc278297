import { formatChineseDate } from '../../lib/format-date';

export function FormattedDate({ date, className }: { date: string; className?: string }) {
  return (
    <time className={className} dateTime={date}>
      {formatChineseDate(date)}
    </time>
  );
}
