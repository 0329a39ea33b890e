/** A small chart of scale positions over the learner's runs, with the same figures as a list. */
import { bandAt } from '../lib/scenario/scale';
import { t } from '../i18n/client';
import { formatDate } from '../i18n/dates';

interface Props {
  runs: { finishedAt: string; title: string; position: number }[];
}

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 12;

export default function ScaleChart({ runs }: Props) {
  const recent = runs.slice(-20);
  const x = (index: number) =>
    recent.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (recent.length - 1);
  const y = (position: number) => HEIGHT - PAD - (position * (HEIGHT - 2 * PAD)) / 100;
  const points = recent.map((run, index) => `${x(index)},${y(run.position)}`).join(' ');
  return (
    <figure class="scale-chart">
      <div class="chart-frame">
        <span class="axis-label top" aria-hidden="true">
          {t('mdx.scale.advisor')}
        </span>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('progress.chart.label', { n: recent.length })}
        >
          <line class="mid" x1={PAD} x2={WIDTH - PAD} y1={y(50)} y2={y(50)} />
          <polyline class="trend" points={points} />
          {recent.map((run, index) => (
            <circle key={`${run.finishedAt}-${index}`} cx={x(index)} cy={y(run.position)} r={4} />
          ))}
        </svg>
        <span class="axis-label bottom" aria-hidden="true">
          {t('mdx.scale.pusher')}
        </span>
      </div>
      <details>
        <summary>{t('progress.chart.list')}</summary>
        <ol>
          {recent.map((run, index) => (
            <li key={`${run.finishedAt}-${index}`}>
              {t('progress.chart.row', {
                date: formatDate(run.finishedAt),
                scenario: run.title,
                position: run.position,
                band: t(`debrief.scale.band.${bandAt(run.position)}`),
              })}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
