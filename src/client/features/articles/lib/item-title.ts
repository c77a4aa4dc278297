/**
 * The title as readers should see it: the source site cut some titles short, and the compiler
 * keeps only the part it showed, so an ellipsis marks that more existed.
 */
export function displayTitle(item: { title: string; truncated?: boolean }): string {
  return item.truncated ? `${item.title}…` : item.title;
}
