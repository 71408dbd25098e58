import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { parseStatute } from '@/lib/statutes/parse';
import { liiSubsectionUrl, officialSubsectionUrl } from '@/lib/statutes/links';

const content = loadContent(path.resolve('content'));
const statute = (id: string) => {
  const entry = content.collections.statutes.find((s) => s.id === id);
  if (!entry) throw new Error(`content/statutes/${id}.md is missing`);
  return entry;
};

describe('statute subsection ids (Cornell LII form)', () => {
  const { provisions } = parseStatute(statute('26-usc-6103').body);
  const byId = new Map(provisions.map((p) => [p.id, p]));

  it('gives (i)(2)(C) the id i_2_C with its heading and text', () => {
    expect(byId.get('i_2_C')).toMatchObject({
      pinpoint: '(i)(2)(C)',
      heading: 'Taxpayer identity',
      depth: 2,
    });
    expect(byId.get('i_2_C')?.text).toContain(
      'a taxpayer’s identity shall not be treated as taxpayer return information',
    );
  });

  it('ids every level down to clauses', () => {
    for (const id of ['a', 'b_6', 'i_1_A', 'i_2_B_i', 'i_2_B_iv', 'p_4_F'])
      expect(byId.has(id), id).toBe(true);
  });

  it('ids sections and executive-order sections', () => {
    expect(parseStatute(statute('50-usc-21-24').body).provisions.map((p) => p.id)).toEqual([
      '21',
      '22',
      '23',
      '24',
    ]);
    expect(parseStatute(statute('eo-14159').body).provisions.map((p) => p.id)).toContain('sec-18');
  });

  it('links each subsection to the official and LII copies', () => {
    expect(officialSubsectionUrl(26, '6103', 'i_2_B')).toBe(
      'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section6103&num=0&edition=prelim#substructure-location_i_2_B',
    );
    expect(liiSubsectionUrl(26, '6103', 'i_2_B')).toBe(
      'https://www.law.cornell.edu/uscode/text/26/6103#i_2_B',
    );
    expect(liiSubsectionUrl(50, '21-24', '22')).toBe(
      'https://www.law.cornell.edu/uscode/text/50/22',
    );
  });
});

/**
 * The statute texts are the one primary text we hold in full. Every block of every statute body
 * must appear word for word in the fact base's "Text (verbatim)" section it was copied from.
 */
describe('statute texts are verbatim copies of the fact base', () => {
  // CI lays a copy of shared/ beside the clone; FACT_BASE can point elsewhere.
  const factBase = path.resolve(
    process.env.FACT_BASE ?? path.join('..', 'shared', 'sources'),
    'statutes',
  );
  const available = fs.existsSync(factBase);

  it.runIf(available).each(content.collections.statutes.map((s) => s.id))('%s', (id) => {
    const source = fs.readFileSync(path.join(factBase, `${id}.md`), 'utf8');
    const start = source.search(/^## Text \(verbatim\)/m);
    expect(start).toBeGreaterThan(-1);
    const afterHeading = source.indexOf('\n', start) + 1;
    const end = source.slice(afterHeading).search(/^## /m);
    const section = source.slice(afterHeading, end === -1 ? undefined : afterHeading + end);
    for (const block of statute(id)
      .body.split(/\n{2,}/)
      .map((b) => b.trim())
      .filter(Boolean)) {
      expect(section, `block not in the fact base: ${block.slice(0, 80)}`).toContain(block);
    }
  });

  if (!available)
    console.warn(`Fact base not found at ${factBase}: the verbatim comparison did not run.`);
});
