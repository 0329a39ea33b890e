/**
 * The trust meter at projector scale. On a reveal it moves slowly enough for a room to watch:
 * bars slide over about two seconds and the numbers count to their new values, with the change
 * beside each driver. Under reduced motion everything jumps straight to the new value.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { driverIds, type Driver } from '../../schemas/driver-ids';
import type { Step } from '../../lib/scenario/engine';
import { demeanourAt, overallTrust, toneAt, type DriverScores } from '../../lib/scenario/trust';
import { formatSigned, formatYen, formatYenChange, formatYenInFull } from '../../i18n/money';
import { t } from '../../i18n/client';
import { DemeanourFace } from '../DemeanourFace';
import './StageMeter.css';

const REVEAL_MS = 2200;

interface Props {
  drivers: DriverScores;
  deal: number;
  /** The decision just revealed, whose changes are shown; undefined outside a reveal. */
  revealed: Step | undefined;
  /** Animate changes slowly (the reveal); otherwise values change at once. */
  slow: boolean;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The number shown while a value moves: it counts from the old value to the new one. */
function useCountTo(value: number, slow: boolean): number {
  const [shown, setShown] = useState(value);
  const from = useRef(value);
  useEffect(() => {
    const start = from.current;
    from.current = value;
    if (!slow || start === value || reducedMotion()) {
      setShown(value);
      return;
    }
    const began = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const progress = Math.min(1, (now - began) / REVEAL_MS);
      const eased = 1 - (1 - progress) ** 3;
      setShown(Math.round(start + (value - start) * eased));
      if (progress < 1) frame = requestAnimationFrame(step);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [value, slow]);
  return shown;
}

function Delta({ value }: { value: number }) {
  if (value === 0) return null;
  return <span class={`stage-delta ${value < 0 ? 'down' : 'up'}`}>{formatSigned(value)}</span>;
}

function DriverRow({
  driver,
  value,
  delta,
  slow,
}: {
  driver: Driver;
  value: number;
  delta: number;
  slow: boolean;
}) {
  const shown = useCountTo(value, slow);
  return (
    <li class="stage-driver">
      <span class="stage-driver-name" id={`stage-meter-${driver}`}>
        {t(`driver.${driver}`)}
      </span>
      <span
        class={`stage-bar thin tone-${toneAt(value)}`}
        role="meter"
        aria-labelledby={`stage-meter-${driver}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <span class="stage-fill" style={{ width: `${value}%` }} />
      </span>
      <span class="stage-driver-value" aria-hidden="true">
        {shown}
      </span>
      <Delta value={delta} />
    </li>
  );
}

export function StageMeter({ drivers, deal, revealed, slow }: Props) {
  const trust = overallTrust(drivers);
  const shown = useCountTo(trust, slow);
  const word = t(`scenario.demeanour.${demeanourAt(trust)}`);
  const trustDelta = revealed ? revealed.trustAfter - revealed.trustBefore : 0;
  return (
    <div class={`stage-meter ${slow ? 'slow' : ''}`}>
      <p class="label-caps stage-meter-label" id="stage-meter-overall">
        {t('scenario.meter.label')}
      </p>
      <p class="stage-overall">
        <span class="stage-number" aria-hidden="true">
          {shown}
        </span>
        <span class="stage-demeanour">
          <DemeanourFace demeanour={demeanourAt(trust)} />
          {word}
        </span>
        <Delta value={trustDelta} />
      </p>
      <span
        class={`stage-bar thick tone-${toneAt(trust)}`}
        role="meter"
        aria-labelledby="stage-meter-overall"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={trust}
        aria-valuetext={t('scenario.meter.valueText', { value: trust, demeanour: word })}
      >
        <span class="stage-fill" style={{ width: `${trust}%` }} />
      </span>
      <ul class="stage-drivers" aria-label={t('scenario.meter.drivers')}>
        {driverIds.map((driver) => (
          <DriverRow
            key={driver}
            driver={driver}
            value={drivers[driver]}
            delta={revealed?.deltas[driver] ?? 0}
            slow={slow}
          />
        ))}
      </ul>
      <p class="stage-deal">
        <span>{t('scenario.deal.label')}: </span>
        <strong title={formatYenInFull(deal)}>{formatYen(deal)}</strong>
        {revealed && revealed.dealDelta !== 0 && (
          <span class="stage-deal-delta">{formatYenChange(revealed.dealDelta)}</span>
        )}
      </p>
    </div>
  );
}
