import { SERVICE_LEVEL_VARIANTS } from '@servicefloor/contracts';
import { describe, expect, it } from 'vitest';
import { serviceLevel } from './service-level.js';

// 10 offered: 7 answered (6 within T), 2 abandoned (1 short), 1 flowed out.
const counts = {
  offered: 10,
  answered: 7,
  answeredWithinThreshold: 6,
  abandoned: 2,
  shortAbandoned: 1,
  flowedOut: 1,
};

describe('serviceLevel', () => {
  it('DEFAULT: within / (answered + abandoned + flowed out − short) = 6 / (7 + 2 + 1 − 1) = 6/9', () => {
    expect(serviceLevel(counts, 'DEFAULT')).toBe(6 / 9);
  });
  it('ANSWERED_ONLY: within / answered = 6/7', () => {
    expect(serviceLevel(counts, 'ANSWERED_ONLY')).toBe(6 / 7);
  });
  it('OFFERED: within / offered = 6/10', () => {
    expect(serviceLevel(counts, 'OFFERED')).toBe(0.6);
  });
  it('EXCLUDE_FLOWED_OUT: within / (answered + abandoned − short) = 6 / (7 + 2 − 1) = 6/8', () => {
    expect(serviceLevel(counts, 'EXCLUDE_FLOWED_OUT')).toBe(0.75);
  });
  it('every variant is null with a zero denominator', () => {
    const none = {
      offered: 0,
      answered: 0,
      answeredWithinThreshold: 0,
      abandoned: 0,
      shortAbandoned: 0,
      flowedOut: 0,
    };
    for (const variant of SERVICE_LEVEL_VARIANTS) expect(serviceLevel(none, variant)).toBeNull();
    // Only a short abandon: DEFAULT and EXCLUDE_FLOWED_OUT have 1 − 1 = 0 in the denominator.
    const short = { ...none, offered: 1, abandoned: 1, shortAbandoned: 1 };
    expect(serviceLevel(short, 'DEFAULT')).toBeNull();
    expect(serviceLevel(short, 'EXCLUDE_FLOWED_OUT')).toBeNull();
    expect(serviceLevel(short, 'OFFERED')).toBe(0);
  });
  it('rejects an unknown variant', () => {
    expect(() => serviceLevel(counts, 'BEST' as never)).toThrow('slVariant must be one of');
  });
});
