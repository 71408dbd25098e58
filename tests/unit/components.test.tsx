import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EmbeddedTimeline } from '@/components/timeline/EmbeddedTimeline';
import { EventDate } from '@/components/timeline/EventDate';
import { TimelineEvent } from '@/components/timeline/TimelineEvent';
import { Heading } from '@/components/content/Heading';
import { TranslationNotice } from '@/components/content/TranslationNotice';
import { PageHistory } from '@/components/content/PageHistory';
import { correctionsUrl } from '@/lib/site-config';
import { siteWith } from './helpers';

const { site } = siteWith();
const event = (id: string) => {
  const found = site.events.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('timeline dates show the precision the sources give, never more', () => {
  it('an exact day', () => {
    expect(
      renderToStaticMarkup(<EventDate event={event('2025-05-12-pi-denied').data} locale="en" />),
    ).toBe('<time dateTime="2025-05-12" class="event-date precision-day">May 12, 2025</time>');
  });

  it('a month only', () => {
    expect(
      renderToStaticMarkup(<EventDate event={event('2025-06-ice-request').data} locale="en" />),
    ).toBe('<time dateTime="2025-06" class="event-date precision-month">June 2025</time>');
  });

  it('an approximate date, in the words the sources use', () => {
    expect(
      renderToStaticMarkup(<EventDate event={event('2025-02-ice-asks-irs').data} locale="en" />),
    ).toBe(
      '<time dateTime="2025-02" class="event-date precision-approximate">mid-February 2025</time>',
    );
  });
});

describe('a timeline event', () => {
  const html = renderToStaticMarkup(
    <ol>
      <TimelineEvent
        locale="en"
        event={event('2025-05-12-pi-denied')}
        body={<p>Body.</p>}
        sourceLinks={<a href="#note-upi-2025-05-12-pi-denied">[1]</a>}
        latest
      />
    </ol>,
  );

  it('is a list item with its id, thread, title link and numbered source link', () => {
    expect(html).toContain(
      '<li id="2025-05-12-pi-denied" class="timeline-event thread-litigation is-latest" data-thread="litigation" data-copy-name="Copy link to this event" tabindex="-1">',
    );
    expect(html).toContain('<span class="visually-hidden">Thread: </span>Litigation');
    expect(html).toContain(
      '<a href="#2025-05-12-pi-denied" class="anchor-link">Preliminary injunction denied</a>',
    );
    expect(html).toContain('Sources: <a href="#note-upi-2025-05-12-pi-denied">[1]</a>');
    expect(html).toContain('<strong class="latest-badge">Latest development</strong>');
  });

  it('names the page’s one copy-link control for it, and renders no control of its own', () => {
    // The behaviour makes the control; without JavaScript the title is the event's permalink.
    expect(html).toContain('data-copy-name="Copy link to this event"');
    expect(html).not.toContain('<button');
  });
});

describe('a section heading', () => {
  const html = renderToStaticMarkup(
    <Heading level={2} id="holding" copyLabel="Copy link to this section">
      The holding
    </Heading>,
  );

  it('is its own permalink, with nothing around it, and names the page’s copy-link control for it', () => {
    expect(html).toBe(
      '<h2 id="holding" tabindex="-1" class="section-heading" data-copy-name="Copy link to this section"><a href="#holding" class="anchor-link">The holding</a></h2>',
    );
  });
});

describe('an embedded timeline', () => {
  it('lists each related event with its date, linking to the full timeline entry', () => {
    const html = renderToStaticMarkup(
      <EmbeddedTimeline
        locale="en"
        events={site.events.filter((e) => e.data.tags.includes('ruling'))}
        title="Key dates"
      />,
    );
    expect(html).toContain('<aside class="embedded-timeline" aria-label="Key dates">');
    expect(html).toContain(
      '<time dateTime="2025-05-12" class="event-date precision-day">May 12, 2025</time> <a href="/timeline/#2025-05-12-pi-denied">Preliminary injunction denied</a>',
    );
  });
});

describe('a Spanish page tells the reader when the English page is newer', () => {
  it('says when the English version was updated, only when it is newer', () => {
    const stale = renderToStaticMarkup(
      <TranslationNotice
        translation={{ englishVersion: '2026-11-01', englishUpdated: '2026-11-25' }}
        locale="es"
      />,
    );
    expect(stale).toContain('La versión en inglés se actualizó el 25 de noviembre de 2026');
    const current = renderToStaticMarkup(
      <TranslationNotice
        translation={{ englishVersion: '2026-11-25', englishUpdated: '2026-11-25' }}
        locale="es"
      />,
    );
    expect(current).toContain('Traducción del original en inglés');
    expect(current).not.toContain('se actualizó');
    expect(renderToStaticMarkup(<TranslationNotice locale="en" />)).toBe('');
  });

  it('prints Spanish dates on Spanish timelines', () => {
    expect(
      renderToStaticMarkup(<EventDate event={event('2025-05-12-pi-denied').data} locale="es" />),
    ).toContain('12 de mayo de 2025');
  });
});

describe("a page's history", () => {
  const history = (route: string, reportUrl?: string) =>
    renderToStaticMarkup(
      <PageHistory
        route={route}
        published="2026-11-25"
        changes={site.changes}
        locale="en"
        {...(reportUrl ? { reportUrl } : {})}
      />,
    );

  it('lists the change entries that name the page, newest first, linked to the change log', () => {
    const html = history('/');
    expect(html).toContain('<h2 id="page-history">Page history</h2>');
    expect(html).toContain('href="/changes/#2026-11-25-launch"');
    expect(html).toContain('First published <time dateTime="2026-11-25">November 25, 2026</time>');
  });

  it('puts the newest entry first', () => {
    const { site: corrected } = siteWith(undefined, (dir) => {
      const entry = (title: string) =>
        `---\ntitle: "${title}"\ndate: "2026-12-01"\nkind: correction\npages: ["/#what-happened"]\n---\nFixed a date.\n`;
      fs.writeFileSync(path.join(dir, 'changes', '2026-12-01-date-fixed.md'), entry('Date fixed'));
      fs.writeFileSync(
        path.join(dir, 'es', 'changes', '2026-12-01-date-fixed.md'),
        '---\ntitle: "Fecha corregida"\n---\nSe corrigió una fecha.\n',
      );
    });
    const html = renderToStaticMarkup(
      <PageHistory route="/" published="2026-11-25" changes={corrected.changes} locale="en" />,
    );
    expect(html.indexOf('Date fixed')).toBeGreaterThan(0);
    expect(html.indexOf('Date fixed')).toBeLessThan(html.indexOf('Site launched'));
    expect(html).toContain('(Correction)');
  });

  it('says so when no entry names the page', () => {
    expect(history('/nowhere/')).toContain('No changes have been recorded');
  });

  it('takes the corrections address as set at build time, and refuses anything but a web or mail address', () => {
    expect(correctionsUrl(undefined)).toBeUndefined();
    expect(correctionsUrl('  ')).toBeUndefined();
    expect(correctionsUrl('https://example.org/corrections')).toBe(
      'https://example.org/corrections',
    );
    expect(() => correctionsUrl('javascript:alert(1)')).toThrow(/SITE_CORRECTIONS_URL must be/);
    expect(() => correctionsUrl('corrections@example.org')).toThrow(/SITE_CORRECTIONS_URL must be/);
  });

  it('links to the corrections address only when one is set', () => {
    expect(history('/')).not.toContain('Report an error');
    expect(history('/', 'mailto:corrections@example.org')).toContain(
      '<a href="mailto:corrections@example.org">Report an error on this page</a>',
    );
  });
});
