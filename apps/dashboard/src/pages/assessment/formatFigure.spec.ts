import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { axisCap, formatFigure, formatMonth } from './formatFigure.js';

const intl = createIntl({ locale: 'en', messages: {} });

describe('formatFigure', () => {
  it('writes each unit with its sign of measure', () => {
    expect(formatFigure(intl, { metric: 'SERVICE_LEVEL', unit: 'FRACTION' }, 0.8234)).toBe('82.3%');
    expect(formatFigure(intl, { metric: 'ASA', unit: 'SECONDS' }, 23.44)).toBe('23.4 sec');
    expect(formatFigure(intl, { metric: 'CLAIM_CYCLE_TIME', unit: 'HOURS' }, 36.5)).toBe('36.5 hr');
    expect(formatFigure(intl, { metric: 'QA_SCORE', unit: 'SCORE' }, 85.25)).toBe('85.3');
  });
  it('quotes NPS in points with its sign', () => {
    expect(formatFigure(intl, { metric: 'NPS', unit: 'FRACTION' }, 0.32)).toBe('+32');
    expect(formatFigure(intl, { metric: 'NPS', unit: 'FRACTION' }, -0.05)).toBe('-5');
  });
  it('says — for no data', () => {
    expect(formatFigure(intl, { metric: 'CSAT', unit: 'FRACTION' }, null)).toBe('—');
  });
  it('caps share axes at 100 % but not NPS or times', () => {
    expect(axisCap({ metric: 'CSAT', unit: 'FRACTION' })).toBe(1);
    expect(axisCap({ metric: 'NPS', unit: 'FRACTION' })).toBeUndefined();
    expect(axisCap({ metric: 'ASA', unit: 'SECONDS' })).toBeUndefined();
  });
  it('names months', () => {
    expect(formatMonth(intl, '2026-03')).toBe('Mar 2026');
  });
});
