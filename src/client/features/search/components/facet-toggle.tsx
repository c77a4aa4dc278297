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
 * “重庆市，3条”: a value's name with its count, given whole so that every browser and screen
 * reader says it the same way (hidden pieces of text get pauses inserted in some).
 */
export function countedName(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label}，${count}条`;
}

/**
 * One filter value: a toggle button whose name carries its count (“重庆市，3 条”), so a screen
 * reader hears what choosing it would leave.
 */
export function FacetToggle({ label, count, pressed, onClick, onPath = false }: FacetToggleProps) {
  return (
    <button
      type="button"
      className={onPath ? 'facet facet--path' : 'facet'}
      aria-pressed={pressed}
      aria-label={countedName(label, count)}
      onClick={onClick}
    >
      <span className="facet__label">{label}</span>
      {count !== undefined && <span className="facet__count">{count}</span>}
    </button>
  );
}
