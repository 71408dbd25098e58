import { feedResponse } from '@/lib/feed';

export const dynamic = 'force-static';

/** Atom feed of the English change log: additions, updates and corrections. */
export function GET() {
  return feedResponse('en');
}
