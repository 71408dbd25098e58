import type { Metadata } from 'next';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { localizePath } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { MAIN_SECTIONS } from '@/lib/site-config';
import { SITE_ICON } from '@/lib/site-icon';
import './globals.css';

const t = ui('en');
const es = ui('es');

export const metadata: Metadata = {
  title: `${t.notFound.title} · ${t.siteName}`,
  robots: { index: false },
  icons: { icon: SITE_ICON },
};

/**
 * The one 404 page of both editions (each has its own root layout, so Next needs a global one):
 * English first, with a short Spanish version, since a reader's language is unknown here.
 */
export default function GlobalNotFound() {
  return (
    <SiteFrame locale="en">
      <article className="article prose">
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.text}</p>
        <form action="/search/" method="get" role="search" className="notfound-search">
          <label htmlFor="notfound-search">{t.searchLabel}</label>
          <input id="notfound-search" name="q" type="search" />
          <button type="submit">{t.searchButton}</button>
        </form>
        <h2>{t.notFound.sections}</h2>
        <ul>
          <li>
            <a href="/">{t.notFound.homeLink}</a>
          </li>
          {MAIN_SECTIONS.map((s) => (
            <li key={s}>
              <a href={s}>{t.sections[s]}</a>
            </li>
          ))}
          <li>
            <a href="/sources/">{t.footer.sources}</a>
          </li>
        </ul>
        <section lang="es" aria-labelledby="notfound-es">
          <h2 id="notfound-es">{es.notFound.title}</h2>
          <p>{es.notFound.text}</p>
          <p>
            <a href={localizePath('/', 'es')}>{es.notFound.homeLink}</a>
          </p>
        </section>
      </article>
    </SiteFrame>
  );
}
