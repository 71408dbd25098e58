import { ExplainerPage, explainerMetadata, explainerParams } from '@/app/_pages/explainer';

export const dynamicParams = false;
export const generateStaticParams = explainerParams;

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props) {
  return explainerMetadata((await params).page, 'es');
}

export default async function Page({ params }: Props) {
  return <ExplainerPage id={(await params).page} locale="es" />;
}
