import { LawIndexPage, lawMetadata } from '@/app/_pages/law';

export const generateMetadata = () => lawMetadata('es');

export default function Page() {
  return <LawIndexPage locale="es" />;
}
