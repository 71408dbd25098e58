import { GlossaryPage, glossaryMetadata } from '@/app/_pages/glossary';

export const generateMetadata = () => glossaryMetadata('en');

export default function Page() {
  return <GlossaryPage locale="en" />;
}
