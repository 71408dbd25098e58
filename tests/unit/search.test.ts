import { describe, expect, it } from 'vitest';
import { expandLegalQuery } from '@/lib/search/legal-query';

describe('legal citations in search queries', () => {
  it.each([
    ['§ 6103(i)(2)', '6103 i 2'],
    ['6103(i)(2)', '6103 i 2'],
    ['section 6103', '6103'],
    ['IRC 6103', '6103'],
    ['I.R.C. § 6103', '6103'],
    ['26 U.S.C. § 6103(i)(2)(C)', '6103 i 2 C'],
    ['No. 25-5181', '25-5181'],
    ['25-5181', '25-5181'],
    ['taxpayer identity', 'taxpayer identity'],
  ])('%s → %s', (query, expected) => {
    expect(expandLegalQuery(query)).toBe(expected);
  });
});
