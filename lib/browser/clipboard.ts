/** Copying for the browser behaviours: false when the browser refuses, so the caller can offer the text. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Plain text and HTML (so italics survive a paste into a word processor); plain text if that fails. */
export async function copyRichText(text: string, html: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Some browsers refuse rich clipboard items: fall through to plain text.
  }
  return copyText(text);
}

/**
 * Plain text and HTML in one gesture, for "Copy as quotation". Where ClipboardItem is missing, its
 * constructor throws before anything is awaited, so `execCommand('copy')` still runs inside the
 * reader's click and fires a copy event that sets both flavours.
 */
export async function copyBoth(text: string, html: string): Promise<boolean> {
  try {
    const blob = (content: string, type: string) => new Blob([content], { type });
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': blob(text, 'text/plain'),
        'text/html': blob(html, 'text/html'),
      }),
    ]);
    return true;
  } catch {
    const fill = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.clipboardData?.setData('text/html', html);
      event.preventDefault();
    };
    document.addEventListener('copy', fill);
    try {
      return document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', fill);
    }
  }
}
