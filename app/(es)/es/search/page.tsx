import { SearchPage, searchMetadata } from '@/app/_pages/search';

export const generateMetadata = () => searchMetadata('es');

export default function Page() {
  return <SearchPage locale="es" />;
}
