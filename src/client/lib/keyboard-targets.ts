/**
 * The DOM contract between lists and the keyboard shortcuts. Shortcuts act on what is on screen
 * (`j` focuses the next entry's link, `b` presses the bookmark button a mouse would press), so
 * a shortcut can never disagree with the button it stands for.
 */

/** One entry of a list that `j` / `k` walk through. */
export const listEntryProps = { 'data-list-entry': '' } as const;
/** The link inside an entry that `j` / `k` focus and `o` opens. */
export const listPrimaryProps = { 'data-list-primary': '' } as const;
/** The bookmark button inside an entry (or on a page) that `b` presses. */
export const bookmarkButtonProps = { 'data-bookmark-button': '' } as const;
/** The page's own bookmark button, pressed by `b` when focus is in no list entry. */
export const pageBookmarkProps = { 'data-bookmark-button': '', 'data-page-bookmark': '' } as const;

export const LIST_ENTRY_SELECTOR = '[data-list-entry]';
export const LIST_PRIMARY_SELECTOR = '[data-list-primary]';
export const BOOKMARK_BUTTON_SELECTOR = '[data-bookmark-button]';
export const PAGE_BOOKMARK_SELECTOR = '[data-page-bookmark]';
