import type { ReactNode } from 'react';
import { LOCALE_TAGS, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { PageEnhancements } from './PageEnhancements';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { BEHAVIOUR_LOADER } from '@/lib/behaviour-loader';
import { THEME_SCRIPT } from '@/lib/theme-script';
import { FEED_TYPE, feedPath } from '@/lib/feed';
import { absoluteUrl } from '@/lib/site-config';

/** The document around every page, in one language: each edition's root layout renders it. */
export function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = ui(locale);
  return (
    <html lang={LOCALE_TAGS[locale].lang} suppressHydrationWarning>
      {/* This is each root layout's document: App Router root layouts render <head> directly. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* The edition's feed, here rather than in metadata: a page's own `alternates` (canonical,
            hreflang) would replace the layout's, and feed readers look for it on every page. */}
        <link
          rel="alternate"
          type={FEED_TYPE}
          href={absoluteUrl(feedPath(locale))}
          title={`${t.siteName}: ${t.changes.title}`}
        />
      </head>
      <body>
        <SiteHeader locale={locale} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        <PageEnhancements
          labels={{
            linkCopied: t.linkCopied,
            copyThisLink: t.copyThisLink,
          }}
        />
        <script dangerouslySetInnerHTML={{ __html: BEHAVIOUR_LOADER }} />
      </body>
    </html>
  );
}
