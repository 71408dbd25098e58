import { trailFromHome } from '@/components/layout/Breadcrumbs';
import type { Metadata } from 'next';
import { AliasMarkers } from '@/components/content/AliasMarkers';
import { ArticlePage } from '@/components/content/ArticlePage';
import { SourceRefs } from '@/components/content/SourceRefs';
import { PrevNext } from '@/components/layout/PrevNext';
import { bodyComponents } from '@/components/content/body-components';
import { TimelineEvent } from '@/components/timeline/TimelineEvent';
import { TimelineFilter } from '@/components/timeline/TimelineFilter';
import { timelineYearId } from '@/lib/content/routes';
import { THREADS } from '@/lib/content/schema';
import { requirePage, type EventEntry } from '@/lib/content/site';
import { monthName } from '@/lib/dates';
import { renderMarkdown } from '@/lib/markdown/render';
import { pageMetadata } from '@/lib/metadata';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function timelineMetadata(locale: Locale): Metadata {
  return pageMetadata(requirePage('timeline', locale).page);
}

/** Events grouped by year, then month, in the site's deterministic order. */
function groupByYearAndMonth(events: EventEntry[]): [string, [string, EventEntry[]][]][] {
  const years = new Map<string, Map<string, EventEntry[]>>();
  for (const event of events) {
    const year = event.data.date.slice(0, 4);
    const month = event.data.date.length >= 7 ? event.data.date.slice(0, 7) : year;
    const months = years.get(year) ?? new Map<string, EventEntry[]>();
    months.set(month, [...(months.get(month) ?? []), event]);
    years.set(year, months);
  }
  return [...years].map(([year, months]) => [year, [...months]]);
}

export function TimelinePage({ locale }: { locale: Locale }) {
  const { site, page } = requirePage('timeline', locale);
  const t = ui(locale);
  const groups = groupByYearAndMonth(site.events);
  const latest = site.events.at(-1);
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={trailFromHome({ route: page.route, title: page.data.title })}
        extraToc={groups.map(([year]) => ({ id: timelineYearId(year), text: year, depth: 2 }))}
        after={(notes) => {
          const components = bodyComponents(site, notes);
          return (
            <div className="timeline">
              <nav aria-label={t.timeline.jumpToYear} className="year-nav">
                <ul>
                  {groups.map(([year]) => (
                    <li key={year}>
                      <a href={`#${timelineYearId(year)}`}>{year}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <TimelineFilter
                threads={THREADS.map((id) => ({ id, label: t.timeline.threads[id] }))}
                legend={t.timeline.showThreads}
                status={t.timeline.filterStatus}
              />
              {groups.map(([year, months]) => (
                <section
                  key={year}
                  aria-labelledby={timelineYearId(year)}
                  className="timeline-year"
                >
                  <h2 id={timelineYearId(year)}>{year}</h2>
                  {months.map(([month, events]) => (
                    <section
                      key={month}
                      className="timeline-month"
                      aria-label={month.length > 4 ? `${monthName(month, locale)} ${year}` : year}
                    >
                      {month.length > 4 ? (
                        <h3 className="month-heading">
                          {monthName(month, locale)} {year}
                        </h3>
                      ) : null}
                      <ol className="timeline-events">
                        {events.map((event) => (
                          <TimelineEvent
                            key={event.id}
                            event={event}
                            latest={event === latest}
                            markers={<AliasMarkers site={site} route="/timeline/" id={event.id} />}
                            locale={locale}
                            body={renderMarkdown(event.tree, { site, notes, components })}
                            sourceLinks={<SourceRefs ids={event.data.sources} notes={notes} />}
                          />
                        ))}
                      </ol>
                    </section>
                  ))}
                </section>
              ))}
            </div>
          );
        }}
      />
      <PrevNext route={page.route} locale={locale} />
    </>
  );
}
