export interface CopyLinkButtonProps {
  /** The fragment id the link points to. */
  fragment: string;
  /** The accessible name, in the page's language: "Copy link to this section". */
  label: string;
}

/**
 * A "copy link" control rendered on the server but `hidden` until the page script can make it
 * work (components/layout/page-enhancements.browser.ts): without JavaScript the heading or
 * designation itself is the link, so nothing is offered that does nothing.
 */
export function CopyLinkButton({ fragment, label }: CopyLinkButtonProps) {
  return (
    <button type="button" className="copy-link" data-fragment={fragment} hidden aria-label={label}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
        <path
          fill="currentColor"
          d="M7.8 10.9 6.5 12.2a2.4 2.4 0 0 1-3.4-3.4l2.1-2.1a2.4 2.4 0 0 1 3.4 0l.9-.9a3.7 3.7 0 0 0-5.2 0L2.2 7.9a3.7 3.7 0 0 0 5.2 5.2l1.3-1.3zm.4-5.8 1.3-1.3a2.4 2.4 0 0 1 3.4 3.4l-2.1 2.1a2.4 2.4 0 0 1-3.4 0l-.9.9a3.7 3.7 0 0 0 5.2 0l2.1-2.1a3.7 3.7 0 0 0-5.2-5.2L7.3 4.2z"
        />
      </svg>
    </button>
  );
}
