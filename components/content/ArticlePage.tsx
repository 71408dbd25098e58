import type { ReactNode } from 'react';
import { visit } from 'unist-util-visit';
import type { PageEntry, Site } from '@/lib/content/site';
import { parseMarkdown, plainText, headingId } from '@/lib/markdown/parse';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { pageSubject } from '@/lib/citation/subjects';
import { quoteDataAttribute } from '@/lib/citation/quotation';
import { pageJsonLd } from '@/lib/structured-data';
import { CiteThis } from '../citation/CiteThis';
import { Breadcrumbs, type Crumb } from '../layout/Breadcrumbs';
import { JsonLd } from '../structured-data/JsonLd';
import { bodyComponents } from './body-components';
import { DocumentCard } from './DocumentCard';
import { PageHistory } from './PageHistory';
import { EmbedThis } from '../embed/EmbedThis';
import { PageMeta } from './PageMeta';
import { SourceNotes } from './SourceNotes';
import { StatusNote } from './StatusNote';
import { TableOfContents, type TocItem } from './TableOfContents';
import { TranslationNotice } from './TranslationNotice';
import { ui } from '@/lib/i18n/ui';
import { SITE_CORRECTIONS_URL } from '@/lib/site-config';

export interface ArticlePageProps {
  site: Site;
  page: PageEntry;
  trail?: Crumb[];
  /** Generated content shown after the body (lists on the timeline, glossary, sources pages). */
  after?: (notes: NoteNumbers) => ReactNode;
  extraToc?: TocItem[];
}

/** The frame of every explainer page: title, dates, status, contents, body, documents, sources. */
export function ArticlePage({ site, page, trail, after, extraToc = [] }: ArticlePageProps) {
  const notes = new NoteNumbers();
  const locale = site.locale;
  const t = ui(locale);
  const components = bodyComponents(site, notes, page.data);
  // Render in reading order so source notes are numbered as a reader meets them.
  const status = page.data.status ? renderMarkdown(parseMarkdown(page.data.status.text), { site, notes, components }) : null;
  const body = renderMarkdown(page.tree, { site, notes, components });
  const documents = page.data.documents.map((id) => site.documents.get(id)).filter((d) => d !== undefined);
  const renderedDocuments = documents.map((doc) => ({ doc, body: renderMarkdown(doc.tree, { site, notes, components }) }));
  const extra = after?.(notes);
  const toc = [...tocItems(page), ...extraToc, ...(documents.length ? [{ id: 'documents-held', text: t.documents.heading, depth: 2 }] : [])];
  const sections = toc.filter((item) => item.depth === 2).map((item) => ({ id: item.id, title: item.text }));
  const decisions = documents.flatMap((doc) => (doc.data.case ? [{ ...doc.data.case, date: doc.data.date }] : []));

  return (
    <article className="article" lang={page.data.lang} data-pagefind-body>
      {trail ? <Breadcrumbs trail={trail} label={t.breadcrumb} /> : null}
      <header className="article-header">
        <h1>{page.data.title}</h1>
        <p className="article-summary">{page.data.summary}</p>
        <PageMeta published={page.data.published} updated={page.data.updated} locale={locale} />
        <TranslationNotice translation={page.translation} locale={locale} />
      </header>
      {status && page.data.status ? <StatusNote asOf={page.data.status.asOf} locale={locale}>{status}</StatusNote> : null}
      <div className="article-layout">
        <TableOfContents items={[...toc, { id: 'cite', text: t.cite.page, depth: 2 }]} title={t.toc} />
        <div className="article-body prose">
          {body}
          {extra}
          {renderedDocuments.length ? (
            <section aria-labelledby="documents-held" className="documents">
              <h2 id="documents-held">{t.documents.heading}</h2>
              {renderedDocuments.map(({ doc, body: docBody }) => (
                <DocumentCard key={doc.id} document={doc} site={site} notes={notes}>{docBody}</DocumentCard>
              ))}
            </section>
          ) : null}
          <SourceNotes site={site} notes={notes} />
          <CiteThis subject={pageSubject(page)} sections={sections} decisions={decisions} locale={locale} quoteData={quoteDataAttribute(site, pageSubject(page), notes)} />
          <EmbedThis route={page.route} locale={locale} />
          <PageHistory route={page.route} published={page.data.published} changes={site.changes} reportUrl={SITE_CORRECTIONS_URL} locale={locale} />
        </div>
      </div>
      {/* Last, so it lists every source the page rendered. Pagefind does not index scripts. */}
      <JsonLd data={() => pageJsonLd(site, page, notes.list().map((note) => note.id), trail)} />
    </article>
  );
}

function tocItems(page: PageEntry): TocItem[] {
  const items: TocItem[] = [];
  visit(page.tree, 'heading', (heading) => {
    if (heading.depth === 2 || heading.depth === 3) items.push({ id: headingId(heading), text: plainText(heading), depth: heading.depth });
  });
  return items;
}
