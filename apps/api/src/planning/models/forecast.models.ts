import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '@servicefloor/contracts';
import type { ForecastMethod } from '@servicefloor/forecast';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ChannelEnum } from '../../common/graphql-enums.js';
import { ForecastMethodChoiceEnum, ForecastMethodEnum, type ForecastMethodChoice } from './planning-enums.js';
import { IntervalSeriesScalar } from './interval-series.scalar.js';

@ObjectType({ description: 'A sentence or formula line: catalogue key, params, and the English text' })
export class PlanningMessageModel {
  @Field({ description: 'Key of the template in apps/api/src/planning/messages.ts (ICU MessageFormat)' })
  key: string;
  @Field(() => GraphQLJSONObject, { description: 'The numbers and words filled into the template' })
  params: Record<string, string | number>;
  @Field({ description: 'The message rendered in English' }) text: string;
}

@ObjectType({
  description: 'A holiday, promotion or outage: forecast volume × multiplier on those local days',
})
export class SpecialDay {
  @Field(() => ID) id: number;
  @Field({ description: 'First local day, YYYY-MM-DD' }) from: string;
  @Field({ description: 'Last local day, YYYY-MM-DD (inclusive)' }) to: string;
  @Field(() => Float, {
    description:
      '0.3 = a holiday at 30 % of normal, 1.5 = a promotion; 1 = only leave the days out of the history',
  })
  multiplier: number;
  @Field() label: string;
  @Field(() => String, {
    nullable: true,
    description: 'The one queue it applies to (null: every queue, or every queue of the channel)',
  })
  queue: string | null;
  @Field(() => ChannelEnum, {
    nullable: true,
    description: 'The channel it applies to (null: every channel)',
  })
  channel: Channel | null;
}

@ObjectType({ description: 'Back-test accuracy of one method (rolling origins one week apart)' })
export class ForecastMethodScore {
  @Field(() => ForecastMethodEnum) method: ForecastMethod;
  @Field(() => Float, {
    nullable: true,
    description: 'WAPE = Σ|actual − forecast| / Σ actual (null: not run or no actuals)',
  })
  wape: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Σ(forecast − actual) / Σ actual; positive = forecast too high',
  })
  bias: number | null;
  @Field(() => Int, { description: 'Forecast origins it was run from (0: too little history for it)' })
  folds: number;
  @Field(() => Int, { description: 'Intervals scored' }) intervals: number;
  @Field({ description: 'True for the method whose figures are returned' }) chosen: boolean;
}

@ObjectType({ description: 'Fitted double-seasonal Holt-Winters smoothing parameters' })
export class HoltWintersParameters {
  @Field(() => Float) alpha: number;
  @Field(() => Float) gamma: number;
  @Field(() => Float) delta: number;
  @Field(() => Float) omega: number;
  @Field(() => Float) phi: number;
}

@ObjectType({ description: 'One local day of a forecast, summed' })
export class ForecastDay {
  @Field({ description: 'Local date YYYY-MM-DD' }) date: string;
  @Field(() => Float, { description: 'Forecast contacts of the day' }) volume: number;
  @Field(() => Float, { nullable: true, description: 'Volume-weighted AHT of the day, seconds' }) ahtSeconds:
    number | null;
  @Field(() => [String], { description: 'Labels of the special days covering it' }) specialDays: string[];
}

@ObjectType({
  description:
    'The forecast of one queue per 15-minute interval. Interval i starts at `start` + i × 15 minutes; every array has `intervalCount` values.',
})
export class QueueForecast {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field({ description: "The site's IANA time zone; dates are its local days" }) timeZone: string;
  @Field(() => Int, { description: "UTC offset used for the site's days, minutes (480 for Asia/Shanghai)" })
  offsetMinutes: number;
  @Field({ description: 'First forecast local day, YYYY-MM-DD' }) from: string;
  @Field({ description: 'Start of the first interval, ISO 8601 with the site offset' }) start: string;
  @Field(() => Int) intervalMinutes: number;
  @Field(() => Int) intervalCount: number;
  @Field(() => String, { nullable: true, description: 'Start of the history used, ISO 8601' }) historyStart:
    string | null;
  @Field(() => Int, { description: 'History intervals used' }) historyIntervals: number;
  @Field(() => ForecastMethodChoiceEnum) requestedMethod: ForecastMethodChoice;
  @Field(() => ForecastMethodEnum, {
    nullable: true,
    description: 'The method whose figures these are (null with a problem)',
  })
  method: ForecastMethod | null;
  @Field(() => Float, { description: 'Coverage of the prediction intervals, e.g. 0.8' }) level: number;
  @Field(() => IntervalSeriesScalar, {
    description: 'Forecast contacts offered per interval (special days applied)',
  })
  volume: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Lower bound of the prediction interval per interval' })
  lower: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Upper bound of the prediction interval per interval' })
  upper: number[];
  @Field(() => IntervalSeriesScalar, {
    description: 'Forecast AHT per interval, seconds (null only when the history handled no contact at all)',
  })
  ahtSeconds: (number | null)[];
  @Field(() => [ForecastMethodScore], { description: 'Back-test WAPE and bias per method considered' })
  backtest: ForecastMethodScore[];
  @Field(() => Int, { description: 'Intervals forecast from each back-test origin' })
  backtestWindowIntervals: number;
  @Field(() => HoltWintersParameters, { nullable: true }) holtWinters: HoltWintersParameters | null;
  @Field(() => Int, { description: 'History intervals left out because special days covered them' })
  excludedIntervals: number;
  @Field(() => [SpecialDay], { description: 'Special days applied to this queue' }) specialDays: SpecialDay[];
  @Field(() => [ForecastDay], { description: 'Daily totals' }) days: ForecastDay[];
  @Field(() => String, {
    nullable: true,
    description: 'Why there is no forecast (e.g. too little history); arrays are empty then',
  })
  problem: string | null;
}

@ObjectType()
export class ForecastReport {
  @Field(() => Int) horizonWeeks: number;
  @Field(() => [QueueForecast]) queues: QueueForecast[];
}

@ObjectType({ description: 'A queue left out of a snapshot, and why' })
export class SkippedQueue {
  @Field() queue: string;
  @Field() problem: string;
}

@ObjectType({ description: 'One queue of a saved forecast, in brief' })
export class SnapshotQueueSummary {
  @Field() queue: string;
  @Field(() => ForecastMethodEnum) method: ForecastMethod;
  @Field(() => Float, { nullable: true, description: 'Back-test WAPE of that method' }) backtestWape:
    number | null;
  @Field({ description: 'Start of the first interval, ISO 8601 with the site offset' }) start: string;
  @Field(() => Int) intervalCount: number;
}

@ObjectType({
  description: 'A saved forecast: the figures a schedule is built on, kept to measure accuracy later',
})
export class ForecastSnapshot {
  @Field(() => ID) id: number;
  @Field() label: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field({ description: 'When it was saved, ISO 8601 UTC' }) createdAt: string;
  @Field({ description: 'First forecast local day' }) from: string;
  @Field({ description: 'Last forecast local day' }) to: string;
  @Field(() => Int) horizonWeeks: number;
  @Field(() => ForecastMethodChoiceEnum) requestedMethod: ForecastMethodChoice;
  @Field(() => [SnapshotQueueSummary], {
    description: 'Each queue of the snapshot in brief (cheap: no figures read)',
  })
  summary: SnapshotQueueSummary[];
  // `queues` (every queue's full QueueForecast) is resolved by ForecastSnapshotResolver when asked for.
  @Field(() => [SkippedQueue], {
    description: 'Queues that could not be forecast when it was saved (only on saveForecastSnapshot)',
  })
  skipped: SkippedQueue[];
}

@ObjectType({ description: 'Accuracy over a run of intervals (WAPE of metrics.md and signed bias)' })
export class AccuracyFigures {
  @Field(() => Int, { description: 'Intervals compared (those with actuals)' }) intervals: number;
  @Field(() => Float) actualTotal: number;
  @Field(() => Float) forecastTotal: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Σ|actual − forecast| / Σ actual; null when no contact arrived',
  })
  wape: number | null;
  @Field(() => Float, { nullable: true, description: 'Σ(forecast − actual) / Σ actual; positive = too high' })
  bias: number | null;
}

@ObjectType()
export class DayAccuracy extends AccuracyFigures {
  @Field({ description: 'Local date YYYY-MM-DD' }) date: string;
}

@ObjectType()
export class QueueAccuracy extends AccuracyFigures {
  @Field() queue: string;
  @Field(() => ForecastMethodEnum) method: ForecastMethod;
  @Field(() => [DayAccuracy]) days: DayAccuracy[];
  @Field(() => PlanningMessageModel) summary: PlanningMessageModel;
}

@ObjectType({
  description: 'A saved forecast against what actually arrived, up to the last complete interval',
})
export class ForecastAccuracyReport {
  @Field(() => ID) snapshotId: number;
  @Field() label: string;
  @Field({ description: 'Actuals up to this instant (the end of the last complete interval), ISO 8601 UTC' })
  actualsUntil: string;
  @Field(() => [QueueAccuracy]) queues: QueueAccuracy[];
  @Field(() => AccuracyFigures, { description: 'All queues pooled' }) total: AccuracyFigures;
}
