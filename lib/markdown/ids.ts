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

/** Quote ids for a page, in reading order: a passage quoted twice gets `-2`, `-3`… */
export class QuoteIds {
  private readonly seen = new Map<string, number>();

  next(text: string): string {
    const base = quoteId(text);
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
