import { ui } from '@/lib/i18n/ui';
import type { PageData } from '@/lib/content/schema';
import type { Site } from '@/lib/content/site';
import type { NoteNumbers } from '@/lib/markdown/render';

export interface CountsChartProps {
  figures: PageData['figures'];
  site: Site;
  notes: NoteNumbers;
}

/**
 * The request and disclosure counts as a bar chart (server-rendered SVG) and, as its text
 * equivalent, a table giving each figure with its source. Bars share one linear scale so the
 * difference between what was requested and what was disclosed stays visible.
 */
export function CountsChart({ figures, site, notes }: CountsChartProps) {
  // Figures keep the sources' digits in both languages (47,489), so no reader misreads a separator.
  const NUMBER = new Intl.NumberFormat('en-US');
  const t = ui(site.locale).chart;
  const max = Math.max(...figures.map((f) => f.value));
  const rowHeight = 34;
  const labelWidth = 300;
  const barSpace = 320;
  const height = figures.length * rowHeight + 10;
  return (
    <figure className="counts-chart" aria-labelledby="counts-chart-caption">
      <figcaption id="counts-chart-caption" className="figure-title">
        Requests and disclosures, as reported (each figure with its source)
      </figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + barSpace + 110} ${height}`}
        role="img"
        aria-label={t.aria}
        className="counts-chart-svg"
      >
        {figures.map((figure, i) => {
          const y = i * rowHeight + 5;
          const barWidth = Math.max(2, (figure.value / max) * barSpace);
          return (
            <g key={figure.id}>
              <text x={labelWidth - 8} y={y + 20} textAnchor="end" className="chart-label">
                {figure.label}
              </text>
              <rect x={labelWidth} y={y + 6} width={barWidth} height={20} className="chart-bar" />
              <text
                x={labelWidth + barWidth + 6}
                y={y + 21}
                className="chart-value"
              >{`${figure.approx ? '≈ ' : ''}${NUMBER.format(figure.value)}`}</text>
            </g>
          );
        })}
      </svg>
      <table className="counts-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.counted}</th>
            <th scope="col">{t.figure}</th>
            <th scope="col">{t.source}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const { n, refId } = notes.use(figure.source);
            const source = site.sources.get(figure.source);
            return (
              <tr key={figure.id} id={`figure-${figure.id}`}>
                <th scope="row">{figure.label}</th>
                <td className="number">
                  {figure.approx ? t.about : ''}
                  {NUMBER.format(figure.value)}
                </td>
                <td>
                  {source?.data.publisher}
                  <sup className="cite-ref">
                    [
                    <a href={`#note-${figure.source}`} id={refId}>
                      {n}
                    </a>
                    ]
                  </sup>
                  {figure.note ? <span className="figure-qualifier"> ({figure.note})</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
