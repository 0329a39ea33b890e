/** A simple face whose mouth and brows follow the buyer's demeanour; always paired with the word. */
import type { Demeanour } from '../lib/scenario/trust';

const mouths: Record<Demeanour, string> = {
  cold: 'M8 17 Q12 13 16 17',
  wary: 'M8 16.5 Q12 14.5 16 16.5',
  guarded: 'M8.5 16 L15.5 16',
  attentive: 'M8 15 Q12 17 16 15',
  open: 'M7.5 14.5 Q12 19 16.5 14.5',
};

const brows: Record<Demeanour, string> = {
  cold: 'M7 8.5 L10 9.5 M17 8.5 L14 9.5',
  wary: 'M7 9 L10 9.5 M17 9 L14 9.5',
  guarded: 'M7 9 L10 9 M14 9 L17 9',
  attentive: 'M7 8.5 L10 8 M14 8 L17 8.5',
  open: 'M7 8 Q8.5 7 10 8 M14 8 Q15.5 7 17 8',
};

export function DemeanourFace({ demeanour }: { demeanour: Demeanour }) {
  return (
    <svg
      class={`face face-${demeanour}`}
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
    >
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path
        d={brows[demeanour]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
      />
      <circle cx="8.5" cy="11.5" r="1.1" fill="currentColor" />
      <circle cx="15.5" cy="11.5" r="1.1" fill="currentColor" />
      <path
        d={mouths[demeanour]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
      />
    </svg>
  );
}
