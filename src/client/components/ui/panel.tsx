import type { ReactNode } from 'react';

interface PanelProps {
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  title: ReactNode;
  /** A side panel of the home page (热门资讯, 按地区和专题浏览). */
  aside?: boolean;
  className?: string;
  children: ReactNode;
}

/** A titled section of the home page: a landmark named by its own heading. */
export function Panel({ headingId, title, aside = false, className, children }: PanelProps) {
  const classes = ['panel', aside && 'panel--aside', className].filter(Boolean).join(' ');
  return (
    <section className={classes} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
