import { TimelinePage, timelineMetadata } from '@/app/_pages/timeline';

export const generateMetadata = () => timelineMetadata('en');

export default function Page() {
  return <TimelinePage locale="en" />;
}
