import { SourcesPage, sourcesMetadata } from '@/app/_pages/sources';

export const generateMetadata = () => sourcesMetadata('en');

export default function Page() {
  return <SourcesPage locale="en" />;
}
