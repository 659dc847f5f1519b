import type { StoredBreakRule } from './entities/shift-template.entity.js';

/*
 * The rules a center starts with (created on first use when none are stored): an 8.5-hour day
 * shift with two paid 15-minute breaks (one before and one after the meal) and an unpaid 30-minute meal, a 9-hour variant for the
 * late end, and a 4-hour part-time shift with one break; a full-time contract (32–40 h, 5 days,
 * 11 h rest) as the default and a part-time one (16–24 h, 4 days).
 */

// Two breaks, one in each half of the shift (one rule of count 2 would let both fall together).
const twoBreaksAndMeal: StoredBreakRule[] = [
  {
    id: 'break-1',
    kind: 'break',
    count: 1,
    lengthMinutes: 15,
    earliestOffsetMinutes: 90,
    latestOffsetMinutes: 165,
    paid: true,
  },
  {
    id: 'meal',
    kind: 'meal',
    count: 1,
    lengthMinutes: 30,
    earliestOffsetMinutes: 195,
    latestOffsetMinutes: 285,
    paid: false,
  },
  {
    id: 'break-2',
    kind: 'break',
    count: 1,
    lengthMinutes: 15,
    earliestOffsetMinutes: 330,
    latestOffsetMinutes: 420,
    paid: true,
  },
];

export const DEFAULT_TEMPLATES = [
  {
    code: 'DAY',
    earliestStartMinutes: 7 * 60,
    latestStartMinutes: 12 * 60,
    startStepMinutes: 15,
    lengthsMinutes: [510],
    days: null,
    breakRules: twoBreaksAndMeal,
  },
  {
    code: 'LATE',
    earliestStartMinutes: 11 * 60,
    latestStartMinutes: 14 * 60,
    startStepMinutes: 15,
    lengthsMinutes: [540],
    days: null,
    breakRules: twoBreaksAndMeal,
  },
  {
    code: 'PART',
    earliestStartMinutes: 8 * 60,
    latestStartMinutes: 17 * 60,
    startStepMinutes: 15,
    lengthsMinutes: [240],
    days: null,
    breakRules: [
      {
        id: 'break',
        kind: 'break' as const,
        count: 1,
        lengthMinutes: 15,
        earliestOffsetMinutes: 60,
        latestOffsetMinutes: 180,
        paid: true,
      },
    ],
  },
];

export const DEFAULT_CONTRACTS = [
  {
    code: 'FULL_TIME',
    minHoursPerWeek: 32,
    maxHoursPerWeek: 40,
    maxWorkingDays: 5,
    minRestHours: 11,
    fixedDaysOff: [],
    isDefault: true,
  },
  {
    code: 'PART_TIME',
    minHoursPerWeek: 16,
    maxHoursPerWeek: 24,
    maxWorkingDays: 4,
    minRestHours: 11,
    fixedDaysOff: [],
    isDefault: false,
  },
];
