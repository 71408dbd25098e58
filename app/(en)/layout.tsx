import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { editionMetadata, editionViewport } from '@/lib/metadata';
import '../globals.css';

export const metadata = editionMetadata('en');
export const viewport = editionViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="en">{children}</SiteFrame>;
}
