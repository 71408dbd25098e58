import { CITATION_FILES, citationFile, isCitationFileType } from '@/lib/citation/exports';
import { cslRecord } from '@/lib/citation/records';
import { citationSubjects } from '@/lib/citation/subjects';
import { getSite } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Every citable page of both editions; Spanish keys start with `es-`. */
const allSubjects = () => [...citationSubjects(getSite('en')), ...citationSubjects(getSite('es'))];

/** /cite/<page>.bib, .ris and .json (CSL-JSON) for every explainer and statute page. */
export function generateStaticParams(): { file: string }[] {
  return allSubjects().flatMap(({ key }) =>
    Object.keys(CITATION_FILES).map((type) => ({ file: `${key}.${type}` })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const dot = file.lastIndexOf('.');
  const key = file.slice(0, dot);
  const type = file.slice(dot + 1);
  const subject = allSubjects().find((s) => s.key === key);
  if (!subject || !isCitationFileType(type)) return new Response('Not found', { status: 404 });
  return new Response(citationFile(cslRecord(subject), type), {
    headers: {
      'Content-Type': CITATION_FILES[type].type,
      'Content-Disposition': `attachment; filename="${file}"`,
    },
  });
}
