import { Fragment } from 'react';
import type { CitationPart } from '@/lib/citation/parts';

export interface CitationTextProps {
  parts: CitationPart[];
}

/** A citation's runs of text, the italic ones (case names, titles) in <i>. */
export function CitationText({ parts }: CitationTextProps) {
  return (
    <>
      {parts.map((part, i) =>
        part.italic ? <i key={i}>{part.text}</i> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
