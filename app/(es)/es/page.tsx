import { HomePage, homeMetadata } from '@/app/_pages/home';

export const generateMetadata = () => homeMetadata('es');

export default function Page() {
  return <HomePage locale="es" />;
}
