import { ChangesPage, changesMetadata } from '@/app/_pages/changes';

export const generateMetadata = () => changesMetadata('es');

export default function Page() {
  return <ChangesPage locale="es" />;
}
