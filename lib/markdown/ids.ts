/**
 * Ids for things that have no heading: quoted passages. They derive from the words quoted, so they
 * stay put when paragraphs move, and never from a caption or a person's name.
 */
import GithubSlugger from 'github-slugger';

const slugger = new GithubSlugger();

/** `q-` + the first six words of the quote: `q-at-its-core-this-case-presents`. */
export function quoteId(text: string): string {
  slugger.reset();
  const words = slugger.slug(text).split('-').filter(Boolean).slice(0, 6);
  return `q-${words.join('-')}`;
}
