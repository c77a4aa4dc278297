import type { ReactNode } from 'react';

interface ErrorStateProps {
  title: string;
  /** Heading level that fits where the error shows: a whole page gets `h1`. */
  titleAs?: 'h1' | 'h2' | 'h3' | 'p';
  message: ReactNode;
  onRetry?: () => void;
  /** A retry is under way; the button stays focusable so keyboard users keep their place. */
  retrying?: boolean;
  retryLabel?: string;
}

export function ErrorState({
  title,
  titleAs: Title = 'p',
  message,
  onRetry,
  retrying = false,
  retryLabel = '重试',
}: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <Title className="error-state__title">{title}</Title>
      <p className="error-state__message">{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} aria-busy={retrying}>
          {retrying ? '正在重试…' : retryLabel}
        </button>
      )}
    </div>
  );
}
