import { LawIndexPage, lawMetadata } from '@/app/_pages/law';

export const generateMetadata = () => lawMetadata('en');

export default function Page() {
  return <LawIndexPage locale="en" />;
}
