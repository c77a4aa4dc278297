interface FacetToggleProps {
  label: string;
  /** Results with this value; left out while the counts are not known. */
  count?: number | undefined;
  pressed: boolean;
  onClick: () => void;
  /** On the way to the chosen region (its province, its prefecture). */
  onPath?: boolean;
}

/**
 * A value's name and its count as shown (“重庆市 3”), named “重庆市，3条”: the hidden comma and
 * measure word make the name a sentence, and the name still contains the visible text, so voice
 * control users can say what they see (WCAG 2.5.3; an `aria-label` would hide the count).
 */
export function CountedLabel({
  label,
  count,
  countClassName,
  bracketed = false,
}: {
  label: string;
  count: number | undefined;
  countClassName: string;
  /** Shown as “只看已收藏（3）”: for text that nothing else sets apart from its count. */
  bracketed?: boolean;
}) {
  return (
    <>
      {label}
      {count !== undefined && (
        <>
          <span className="visually-hidden">，</span>
          <span className={countClassName}>
            {bracketed && <span aria-hidden="true">（</span>}
            {count}
            {bracketed && <span aria-hidden="true">）</span>}
          </span>
          <span className="visually-hidden">条</span>
        </>
      )}
    </>
  );
}

/**
 * One filter value: a toggle button whose name carries its count (“重庆市，3条”), so a screen
 * reader hears what choosing it would leave.
 */
export function FacetToggle({ label, count, pressed, onClick, onPath = false }: FacetToggleProps) {
  return (
    <button
      type="button"
      className={onPath ? 'facet facet--path' : 'facet'}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <CountedLabel label={label} count={count} countClassName="facet__count" />
    </button>
  );
}
