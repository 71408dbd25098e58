import { SourcesPage, sourcesMetadata } from '@/app/_pages/sources';

export const generateMetadata = () => sourcesMetadata('es');

export default function Page() {
  return <SourcesPage locale="es" />;
}
