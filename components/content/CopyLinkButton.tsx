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
 * is the link, so nothing is offered that does nothing. Its icon is drawn by CSS (`.copy-link::before`),
 * so a page of many sections does not carry an inline SVG per section.
 */
export function CopyLinkButton({ fragment, label }: CopyLinkButtonProps) {
  return (
    <button
      type="button"
      className="copy-link js-only"
      data-fragment={fragment}
      aria-label={label}
    />
  );
}
