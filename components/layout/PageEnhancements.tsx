export interface PageEnhancementsLabels {
  linkCopied: string;
  /** Followed by the URL when copying failed. */
  copyThisLink: string;
  selectionCopied: string;
  copySelectionLink: string;
}

/**
 * The page's shared behaviour (page-enhancements.browser.ts: the copy-link control, arrival at a
 * fragment, links to selected text, the section being read), rooted at the live region that
 * announces what it did, in the page's language.
 */
export function PageEnhancements({ labels }: { labels: PageEnhancementsLabels }) {
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-module="page-enhancements"
      data-link-copied={labels.linkCopied}
      data-copy-this-link={labels.copyThisLink}
      data-selection-copied={labels.selectionCopied}
      data-copy-selection-link={labels.copySelectionLink}
    />
  );
}
