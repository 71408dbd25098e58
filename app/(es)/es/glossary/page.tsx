import { GlossaryPage, glossaryMetadata } from '@/app/_pages/glossary';

export const generateMetadata = () => glossaryMetadata('es');

export default function Page() {
  return <GlossaryPage locale="es" />;
}
