import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { editionMetadata, editionViewport } from '@/lib/metadata';
import '../globals.css';

export const metadata = editionMetadata('es');
export const viewport = editionViewport;

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="es">{children}</SiteFrame>;
}
