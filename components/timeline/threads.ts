import type { Thread } from '@/lib/content/schema';

/** Reader-facing names of the timeline's threads. */
export const THREAD_LABELS: Record<Thread, string> = {
  litigation: 'Litigation',
  agency: 'Agency and leadership',
  data: 'Data requests and disclosures',
  congress: 'Congress and oversight',
  law: 'Background law',
  executive: 'Executive actions',
};
