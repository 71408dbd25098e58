import { StatuteRoute, statuteParams, statuteRouteMetadata } from '@/app/_pages/statute';

export const dynamicParams = false;
export const generateStaticParams = statuteParams;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props) {
  return statuteRouteMetadata((await params).slug, 'en');
}

export default async function Page({ params }: Props) {
  return <StatuteRoute slug={(await params).slug} locale="en" />;
}
