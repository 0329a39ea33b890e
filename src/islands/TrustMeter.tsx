/** The signature element: overall buyer trust, the five drivers beneath it, and the deal on the table. */
import { useState } from 'preact/hooks';
import { driverIds, type Driver } from '../schemas/driver-ids';
import type { Step } from '../lib/scenario/engine';
import { demeanourAt, overallTrust, toneAt, type DriverScores } from '../lib/scenario/trust';
import { formatSigned, formatYen, formatYenChange, formatYenInFull } from '../i18n/money';
import { t } from '../i18n/client';
import { DemeanourFace } from './DemeanourFace';
import './TrustMeter.css';

interface Props {
  drivers: DriverScores;
  deal: number;
  /** The decision just taken, whose changes are shown as badges; undefined before the first. */
  lastStep: Step | undefined;
  /** Changes on each decision, so animations replay even when two steps look alike. */
  stepKey: number;
}

function DriverMeter({
  driver,
  value,
  delta,
  stepKey,
}: {
  driver: Driver;
  value: number;
  delta: number;
  stepKey: number;
}) {
  const name = t(`driver.${driver}`);
  return (
    <li class="driver-meter">
      <span class="driver-name" id={`meter-${driver}`}>
        {name}
      </span>
      <div
        class={`bar bar-thin tone-${toneAt(value)}`}
        role="meter"
        aria-labelledby={`meter-${driver}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <span class="fill" style={{ width: `${value}%` }} />
      </div>
      <span class="driver-value">{value}</span>
      {delta !== 0 && (
        <span key={stepKey} class={`delta-badge ${delta < 0 ? 'down' : 'up'}`}>
          {formatSigned(delta)}
        </span>
      )}
    </li>
  );
}

// On a phone the meter is pinned above the conversation, so the five drivers start folded away.
const wideScreen = () =>
  typeof matchMedia === 'function' && matchMedia('(min-width: 60rem)').matches;

export default function TrustMeter({ drivers, deal, lastStep, stepKey }: Props) {
  const [showDrivers] = useState(wideScreen);
  const trust = overallTrust(drivers);
  const demeanour = demeanourAt(trust);
  const word = t(`scenario.demeanour.${demeanour}`);
  const trustDelta = lastStep ? lastStep.trustAfter - lastStep.trustBefore : 0;
  const dealDelta = lastStep?.dealDelta ?? 0;

  return (
    <div class="trust-meter">
      <div class="overall">
        <div class="overall-head">
          <span class="overall-label" id="meter-overall">
            {t('scenario.meter.label')}
          </span>
          <span class="overall-number">{trust}</span>
          <span class="demeanour">
            <DemeanourFace demeanour={demeanour} />
            <span class="visually-hidden">{t('scenario.demeanour.label')}: </span>
            {word}
          </span>
          {trustDelta !== 0 && (
            <span key={stepKey} class={`delta-badge ${trustDelta < 0 ? 'down' : 'up'}`}>
              {formatSigned(trustDelta)}
            </span>
          )}
        </div>
        <div
          class={`bar bar-thick tone-${toneAt(trust)}`}
          role="meter"
          aria-labelledby="meter-overall"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={trust}
          aria-valuetext={t('scenario.meter.valueText', { value: trust, demeanour: word })}
        >
          <span class="fill" style={{ width: `${trust}%` }} />
          {trustDelta < 0 && <span key={stepKey} class="loss-pulse" />}
        </div>
        <p class="deal">
          <span class="deal-label">{t('scenario.deal.label')}: </span>
          <strong class="deal-value" title={formatYenInFull(deal)}>
            {formatYen(deal)}
          </strong>
          {dealDelta !== 0 && (
            <span key={stepKey} class="deal-delta">
              {formatYenChange(dealDelta)}
            </span>
          )}
        </p>
      </div>
      <details class="drivers" open={showDrivers}>
        <summary>{t('scenario.meter.drivers')}</summary>
        <ul>
          {driverIds.map((driver) => (
            <DriverMeter
              key={driver}
              driver={driver}
              value={drivers[driver]}
              delta={lastStep?.deltas[driver] ?? 0}
              stepKey={stepKey}
            />
          ))}
        </ul>
      </details>
    </div>
  );
}
