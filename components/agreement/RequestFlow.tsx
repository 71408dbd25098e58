import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

/**
 * The request flow described on the agreement page, as a server-rendered SVG diagram. The ordered
 * list below it is the text equivalent (and what prints and what screen readers read).
 */
export function RequestFlow({ locale }: { locale: Locale }) {
  const t = ui(locale).flow;
  const STEPS = t.steps;
  const boxWidth = 150;
  const gap = 40;
  const width = STEPS.length * boxWidth + (STEPS.length - 1) * gap;
  return (
    <figure className="request-flow" aria-labelledby="request-flow-caption">
      <svg
        viewBox={`0 0 ${width} 90`}
        aria-hidden="true"
        focusable="false"
        className="request-flow-diagram"
      >
        <defs>
          <marker
            id="arrowhead"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
          </marker>
        </defs>
        {STEPS.map((step, i) => {
          const x = i * (boxWidth + gap);
          return (
            <g key={step.title}>
              <rect x={x + 1} y={15} width={boxWidth - 2} height={60} rx={8} className="flow-box" />
              <text x={x + boxWidth / 2} y={50} textAnchor="middle" className="flow-label">
                {`${i + 1}. ${step.title}`}
              </text>
              {i < STEPS.length - 1 ? (
                <line
                  x1={x + boxWidth + 4}
                  y1={45}
                  x2={x + boxWidth + gap - 6}
                  y2={45}
                  stroke="currentColor"
                  strokeWidth={2}
                  markerEnd="url(#arrowhead)"
                />
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id="request-flow-caption">
        <span className="figure-title">{t.title}</span>
        <ol className="request-flow-steps">
          {STEPS.map((step) => (
            <li key={step.title}>
              <strong>{step.title}:</strong> {step.detail}.
            </li>
          ))}
        </ol>
        <span className="figure-note">{t.note}</span>
      </figcaption>
    </figure>
  );
}
