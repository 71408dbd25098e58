export interface PageEnhancementsLabels {
  linkCopied: string;
  /** Followed by the URL when copying failed. */
  copyThisLink: string;
}

/**
 * The page's shared behaviour (page-enhancements.browser.ts: the copy-link control, arrival at a
 * fragment, the section being read; quoting a selection is quote-selection.ts), rooted at the live region that
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
    />
  );
}
