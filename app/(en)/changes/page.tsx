import { ChangesPage, changesMetadata } from '@/app/_pages/changes';

export const generateMetadata = () => changesMetadata('en');

export default function Page() {
  return <ChangesPage locale="en" />;
}
