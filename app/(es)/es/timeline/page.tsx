import { TimelinePage, timelineMetadata } from '@/app/_pages/timeline';

export const generateMetadata = () => timelineMetadata('es');

export default function Page() {
  return <TimelinePage locale="es" />;
}
