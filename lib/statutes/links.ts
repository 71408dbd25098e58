/**
 * Deep links to the same subsection on the official and LII sites, in the patterns recorded in the
 * fact base (statutes/INDEX.md). Sections with several numbers ("21-24") link by their first.
 */
function sectionNumber(section: string, id: string): { section: string; fragment: string } {
  // For 50 U.S.C. §§ 21–24 the "subsection" ids are the section numbers themselves.
  if (/^\d+[A-Za-z]?$/.test(id) && section.includes('-')) return { section: id, fragment: '' };
  return { section: section.split('-')[0] ?? section, fragment: id };
}

export function officialSectionUrl(title: number, section: string): string {
  return `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${section.split('-')[0]}&num=0&edition=prelim`;
}

export function officialSubsectionUrl(title: number, section: string, id: string): string {
  const target = sectionNumber(section, id);
  const base = `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${target.section}&num=0&edition=prelim`;
  return target.fragment ? `${base}#substructure-location_${target.fragment}` : base;
}

export function liiSubsectionUrl(title: number, section: string, id: string): string {
  const target = sectionNumber(section, id);
  const base = `https://www.law.cornell.edu/uscode/text/${title}/${target.section}`;
  return target.fragment ? `${base}#${target.fragment}` : base;
}
