import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { PageEnhancements } from '@/components/layout/PageEnhancements.client';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { THEME_SCRIPT } from '@/components/layout/theme-script';
import { SITE_NAME, SITE_URL } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    'What the courts ruled, what the IRS–ICE agreement says, and what 26 U.S.C. § 6103 allows: a sourced, neutral explainer.',
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  formatDetection: { telephone: false, address: false, email: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <PageEnhancements />
      </body>
    </html>
  );
}
