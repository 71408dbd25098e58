import { serializeJsonLd, type JsonLdDocument } from '@/lib/structured-data';

export interface JsonLdProps {
  /**
   * The document, or a function that builds it when this element renders: placed last on a page,
   * it then sees everything rendered before it (e.g. the numbered sources).
   */
  data: JsonLdDocument | (() => JsonLdDocument);
}

/**
 * schema.org data for search engines and reference managers. It is data, not code: the browser
 * never runs it (the server's CSP leaves it out of the script hashes).
 */
export function JsonLd({ data }: JsonLdProps) {
  const document = typeof data === 'function' ? data() : data;
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(document) }}
    />
  );
}
