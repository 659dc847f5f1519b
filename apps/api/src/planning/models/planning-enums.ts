import { registerEnumType } from '@nestjs/graphql';
import type { ForecastMethod } from '@servicefloor/forecast';

/** GraphQL names of the forecasting methods of libs/forecast (values are the library's names). */
export const ForecastMethodEnum = {
  SEASONAL_NAIVE: 'seasonalNaive',
  WEEKLY_AVERAGE: 'weeklyAverage',
  HOLT_WINTERS_ADDITIVE: 'holtWintersAdditive',
  HOLT_WINTERS_MULTIPLICATIVE: 'holtWintersMultiplicative',
} as const satisfies Record<string, ForecastMethod>;

/** A method, or AUTO: the lowest back-test WAPE. */
export const ForecastMethodChoiceEnum = { AUTO: 'auto', ...ForecastMethodEnum } as const;
export type ForecastMethodChoice = ForecastMethod | 'auto';

export const StaffingModelEnum = {
  ERLANG_C: 'ERLANG_C',
  ERLANG_A: 'ERLANG_A',
  CLAIM_DESK: 'CLAIM_DESK',
} as const;
export type PlanningStaffingModel = keyof typeof StaffingModelEnum;

export const PatienceSourceEnum = { KNOWN: 'KNOWN', ESTIMATED: 'ESTIMATED', NONE: 'NONE' } as const;
export type PatienceSource = keyof typeof PatienceSourceEnum;

export const PatienceModeEnum = { AUTO: 'AUTO', KNOWN_ONLY: 'KNOWN_ONLY', OFF: 'OFF' } as const;
export type PatienceMode = keyof typeof PatienceModeEnum;

export const BindingTargetEnum = {
  SERVICE_LEVEL: 'SERVICE_LEVEL',
  OCCUPANCY: 'OCCUPANCY',
  ASA: 'ASA',
  STABILITY: 'STABILITY',
} as const;
export type BindingTarget = keyof typeof BindingTargetEnum;

export const ForecastSourceEnum = { SNAPSHOT: 'SNAPSHOT', FORECAST: 'FORECAST' } as const;
export type ForecastSource = keyof typeof ForecastSourceEnum;

registerEnumType(ForecastMethodEnum, {
  name: 'ForecastMethod',
  description:
    'SEASONAL_NAIVE: same interval last week; WEEKLY_AVERAGE: mean of the same interval over the last k weeks; HOLT_WINTERS_ADDITIVE / HOLT_WINTERS_MULTIPLICATIVE: double-seasonal (day and week) exponential smoothing with trend',
});
registerEnumType(ForecastMethodChoiceEnum, {
  name: 'ForecastMethodChoice',
  description: 'A ForecastMethod, or AUTO: the method with the lowest back-test WAPE (ties to the simpler)',
});
registerEnumType(StaffingModelEnum, {
  name: 'StaffingModel',
  description:
    'ERLANG_C: no abandonment; ERLANG_A: with abandonment (mean patience known or estimated); CLAIM_DESK: deferred work settled within its SLA window',
});
registerEnumType(PatienceSourceEnum, {
  name: 'PatienceSource',
  description:
    'KNOWN: set for the queue; ESTIMATED: from abandon and answer waits of the last 4 weeks; NONE: Erlang C',
});
registerEnumType(PatienceModeEnum, {
  name: 'PatienceMode',
  description:
    'AUTO: a known patience, else the estimate from abandon waits (Erlang A when either exists); KNOWN_ONLY: only a known patience; OFF: always Erlang C',
});
registerEnumType(BindingTargetEnum, {
  name: 'BindingTarget',
  description: 'The target that sets the number of agents: with one agent fewer it would be missed',
});
registerEnumType(ForecastSourceEnum, {
  name: 'ForecastSource',
  description: 'SNAPSHOT: a saved forecast; FORECAST: computed now from the history',
});
