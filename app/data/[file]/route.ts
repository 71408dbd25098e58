import { getSite } from '@/lib/content/site';
import { dataExport, DATA_FILES, type DataFile } from '@/lib/data-export';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return DATA_FILES.map((file) => ({ file: `${file}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file.replace(/\.json$/, '') as DataFile;
  return new Response(`${JSON.stringify(dataExport(getSite(), name), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
