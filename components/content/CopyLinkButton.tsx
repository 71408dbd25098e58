export interface CopyLinkButtonProps {
  /** The fragment id the link points to. */
  fragment: string;
  /** The accessible name, in the page's language: "Copy link to this section". */
  label: string;
}

/**
 * A "copy link" control, made to work by components/layout/page-enhancements.browser.ts. It is
 * shown only on scripted pages (`js-only`: the head script marks them before first paint, so it
 * takes its place without moving anything); without JavaScript the heading or designation itself
 * is the link, so nothing is offered that does nothing.
 */
export function CopyLinkButton({ fragment, label }: CopyLinkButtonProps) {
  return (
    <button
      type="button"
      className="copy-link js-only"
      data-fragment={fragment}
      aria-label={label}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
        <path
          fill="currentColor"
          d="M7.8 10.9 6.5 12.2a2.4 2.4 0 0 1-3.4-3.4l2.1-2.1a2.4 2.4 0 0 1 3.4 0l.9-.9a3.7 3.7 0 0 0-5.2 0L2.2 7.9a3.7 3.7 0 0 0 5.2 5.2l1.3-1.3zm.4-5.8 1.3-1.3a2.4 2.4 0 0 1 3.4 3.4l-2.1 2.1a2.4 2.4 0 0 1-3.4 0l-.9.9a3.7 3.7 0 0 0 5.2 0l2.1-2.1a3.7 3.7 0 0 0-5.2-5.2L7.3 4.2z"
        />
      </svg>
    </button>
  );
}
