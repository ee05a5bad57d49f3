import { useId } from 'react';
import { formatDate } from '../../lib/format/time';
import { timelineX, type CaseReport } from '../../lib/exchange/report';
import { t } from '../../lib/i18n';

const WIDTH = 680;
const AXIS_Y = 44;

/** Shapes, not colours, tell the kinds apart, so the picture survives black-and-white printing. */
function Marker(props: { type: 'attempt' | 'post' | 'response'; x: number }) {
  const { type, x } = props;
  if (type === 'attempt') return <circle cx={x} cy={AXIS_Y} r={5} className="mark-attempt" />;
  if (type === 'post') return <rect x={x - 5} y={AXIS_Y - 17} width={10} height={10} className="mark-post" />;
  return <path d={`M ${x} ${AXIS_Y + 8} l 6 10 l -12 0 z`} className="mark-response" />;
}

/** An accessible inline SVG: role="img" with a title and a text description of the same facts. */
export function TimelinePicture(props: { report: CaseReport }) {
  const { report } = props;
  const id = useId();
  const x = (at: number) => 20 + timelineX(at, report.from, report.to, WIDTH - 40);
  const desc = t('report.picture.desc', {
    attempts: report.totals.attempts,
    posts: report.totals.posts,
    responses: report.totals.responses,
    from: formatDate(report.from),
    to: formatDate(report.to),
  });
  return (
    <svg
      className="timeline-picture"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} 96`}
      width="100%"
      preserveAspectRatio="xMinYMid meet"
    >
      <title id={`${id}-title`}>
        {t('report.picture.title', { title: report.case.title || report.case.companyId })}
      </title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line x1={20} x2={WIDTH - 20} y1={AXIS_Y} y2={AXIS_Y} className="axis" />
      {report.events.map((event) => (
        <Marker key={`${event.type}-${event.record.id}`} type={event.type} x={x(event.at)} />
      ))}
      <text x={20} y={90} className="axis-label">
        {formatDate(report.from)}
      </text>
      <text x={WIDTH - 20} y={90} textAnchor="end" className="axis-label">
        {formatDate(report.to)}
      </text>
      <g aria-hidden="true" className="legend">
        <circle cx={250} cy={86} r={4} className="mark-attempt" />
        <text x={258} y={90}>
          {t('exchange.import.table.attempts')}
        </text>
        <rect x={366} y={81} width={9} height={9} className="mark-post" />
        <text x={380} y={90}>
          {t('exchange.import.table.escalations')}
        </text>
        <path d="M 470 81 l 5 9 l -10 0 z" className="mark-response" />
        <text x={480} y={90}>
          {t('exchange.import.table.responses')}
        </text>
      </g>
    </svg>
  );
}
