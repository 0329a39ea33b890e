/** The debrief's map: every decision and ending left to right, the path taken drawn in the accent colour. */
import type { Scenario } from '../schemas/scenario';
import type { Step } from '../lib/scenario/engine';
import { mapLayout } from '../lib/scenario/map';
import { formatYen } from '../i18n/money';
import { t } from '../i18n/client';

interface Props {
  scenario: Scenario;
  history: readonly Step[];
  endingId: string;
  found: ReadonlySet<string>;
}

const COLUMN = 120;
const ROW = 64;
const PAD = 28;

export default function ScenarioMap({ scenario, history, endingId, found }: Props) {
  const map = mapLayout(scenario);
  const position = new Map(map.nodes.map((node) => [node.id, node]));
  const takenEdges = new Set(history.map((step) => `${step.nodeId}→${step.choiceId}`));
  const visited = new Set([...history.map((step) => step.nodeId), endingId]);
  // Endings carry a label to their right: outcome and lifetime value.
  const width = (map.columns - 1) * COLUMN + PAD * 2 + 150;
  const height = (map.rows - 1) * ROW + PAD * 2;
  const point = (id: string) => {
    const node = position.get(id);
    return { x: PAD + (node?.column ?? 0) * COLUMN, y: PAD + (node?.row ?? 0) * ROW };
  };
  const decisionNumber = new Map(scenario.nodes.map((node, index) => [node.id, index + 1]));

  return (
    <div class="scenario-map">
      {/* Focusable so keyboard users can scroll a map wider than the screen. */}
      <div class="map-scroll" tabIndex={0} role="region" aria-label={t('debrief.map.scrollLabel')}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={t('debrief.map.svgLabel', {
            decisions: t('debrief.map.svgLabel.decisions', { n: scenario.nodes.length }),
            endings: t('debrief.map.svgLabel.endings', { n: scenario.endings.length }),
          })}
        >
          {map.edges.map((edge) => {
            const from = point(edge.from);
            const to = point(edge.to);
            const taken = takenEdges.has(`${edge.from}→${edge.choiceId}`);
            return (
              <line
                key={`${edge.from}-${edge.choiceId}`}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                class={taken ? 'edge taken' : 'edge'}
              />
            );
          })}
          {map.nodes.map((node) => {
            const { x, y } = point(node.id);
            const onPath = visited.has(node.id);
            if (node.kind === 'decision') {
              return (
                <g key={node.id} class={onPath ? 'node taken' : 'node'}>
                  <circle cx={x} cy={y} r={14} />
                  <text x={x} y={y + 5} text-anchor="middle">
                    {decisionNumber.get(node.id)}
                  </text>
                </g>
              );
            }
            return (
              <g
                key={node.id}
                class={`ending outcome-${node.outcome ?? ''} ${onPath ? 'taken' : ''} ${found.has(node.id) ? 'found' : ''}`}
              >
                <rect x={x - 16} y={y - 16} width={32} height={32} rx={4} />
                <text x={x} y={y + 5} text-anchor="middle">
                  {found.has(node.id) ? '★' : '?'}
                </text>
                <text class="ending-label" x={x + 24} y={y - 2}>
                  {node.outcome ? t(`debrief.outcome.${node.outcome}`) : ''}
                </text>
                <text class="ending-value" x={x + 24} y={y + 14}>
                  {formatYen(
                    scenario.endings.find((ending) => ending.id === node.id)?.lifetime ?? 0,
                  )}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details class="map-list">
        <summary>{t('debrief.map.listSummary')}</summary>
        <ol>
          {scenario.nodes.map((node) => (
            <li key={node.id}>
              {t('debrief.map.decision', { line: node.says })}
              {visited.has(node.id) && <strong> ({t('debrief.map.taken')})</strong>}
            </li>
          ))}
          {scenario.endings.map((ending) => (
            <li key={ending.id}>
              {t('debrief.map.ending', {
                title: ending.title,
                outcome: t(`debrief.outcome.${ending.outcome}`),
                lifetime: formatYen(ending.lifetime),
              })}{' '}
              <strong>
                ({found.has(ending.id) ? t('debrief.map.found') : t('debrief.map.notFound')}
                {ending.id === endingId ? `, ${t('debrief.map.taken')}` : ''})
              </strong>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
