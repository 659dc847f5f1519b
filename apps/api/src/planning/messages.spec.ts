import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { message, sig, wholePeople } from './explain.js';
import { PLANNING_MESSAGES, type PlanningMessageKey } from './messages.js';

describe('planning messages', () => {
  it('every template is valid ICU MessageFormat (what the dashboard catalogue takes)', () => {
    for (const [key, template] of Object.entries(PLANNING_MESSAGES)) {
      expect(() => new IntlMessageFormat(template, 'en'), key).not.toThrow();
    }
  });

  it('renders the requirement sentence of the issue with the numbers given', () => {
    const m = message('planning.requirement.agents', {
      agents: 14,
      channel: 'HOTLINE',
      from: '09:00',
      to: '09:15',
      scheduled: 20,
      shrinkage: 0.3,
    });
    expect(m).toEqual({
      key: 'planning.requirement.agents',
      params: { agents: 14, channel: 'HOTLINE', from: '09:00', to: '09:15', scheduled: 20, shrinkage: 0.3 },
      text: 'You need 14 agents on the phones from 09:00 to 09:15; 20 on payroll after 30% shrinkage.',
    });
    expect(
      message('planning.requirement.agents', {
        agents: 1,
        channel: 'ONLINE',
        from: '22:45',
        to: '23:00',
        scheduled: 2,
        shrinkage: 0.35,
      }).text,
    ).toBe('You need 1 agent on chat from 22:45 to 23:00; 2 on payroll after 35% shrinkage.');
  });

  it('names every key it uses in the one catalogue', () => {
    const keys = Object.keys(PLANNING_MESSAGES) as PlanningMessageKey[];
    expect(keys.every((k) => k.startsWith('planning.'))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('formula numbers and whole people', () => {
  it('shows 4 significant digits, whole numbers as they are', () => {
    expect(sig(14)).toBe('14');
    expect(sig(0.888424)).toBe('0.8884');
    expect(sig(13.4217)).toBe('13.42');
    expect(sig(1234.567)).toBe('1235');
    expect(sig(Infinity)).toBe('∞');
  });

  it('rounds staff up to whole people, forgiving floating-point dust', () => {
    expect(21 / (1 - 0.3)).not.toBe(30); // scheduledStaff(21, 0.3) = 30.000000000000004
    expect(wholePeople(21 / (1 - 0.3))).toBe(30);
    expect(wholePeople(20.01)).toBe(21);
    expect(wholePeople(0)).toBe(0);
  });
});
