import { feedResponse } from '@/lib/feed';

export const dynamic = 'force-static';

/** Atom feed of the Spanish change log (the Spanish change entries). */
export function GET() {
  return feedResponse('es');
}
