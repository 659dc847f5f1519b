import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Claim-desk figures of one period; backlog is at the end of the period' })
export class ClaimPeriod {
  @Field() periodStart: string;
  @Field() label: string;
  @Field(() => Int, { description: 'Claims first opened in the period' }) opened: number;
  @Field(() => Int, { description: 'Claims whose latest settlement fell in the period' }) settled: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int, { description: 'REOPENED events' }) reopened: number;
  @Field(() => Int, { description: 'Open claims at the end of the period' }) backlog: number;
  @Field(() => Int) settledWithinSla: number;
  @Field(() => Float, { nullable: true, description: 'settledWithinSla / settled' }) settledWithinSlaRate:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Mean cycle time (opened → settled), hours' })
  cycleTimeMeanHours: number | null;
}

@ObjectType({ description: 'Open claims by age at the end of the range' })
export class ClaimAgingModel {
  @Field(() => Int) under24h: number;
  @Field(() => Int) oneToThreeDays: number;
  @Field(() => Int) threeToSevenDays: number;
  @Field(() => Int) overSevenDays: number;
}

@ObjectType()
export class ClaimQueueSeries {
  @Field() queue: string;
  @Field() timeZone: string;
  @Field(() => Int) slaHours: number;
  @Field(() => [ClaimPeriod]) points: ClaimPeriod[];
  @Field(() => ClaimPeriod) total: ClaimPeriod;
  @Field(() => ClaimPeriod) previousTotal: ClaimPeriod;
  @Field(() => Float, {
    nullable: true,
    description: 'Median cycle time of the claims settled in the range, hours',
  })
  cycleTimeMedianHours: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of the same, hours' })
  cycleTimeP90Hours: number | null;
  @Field(() => ClaimAgingModel) aging: ClaimAgingModel;
}

@ObjectType()
export class ClaimMetricsReport {
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [ClaimQueueSeries]) queues: ClaimQueueSeries[];
}
