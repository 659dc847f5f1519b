import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ServiceLevelVariant } from '@servicefloor/contracts';
import { ChannelEnum, ServiceLevelVariantEnum } from '../../common/graphql-enums.js';

@ObjectType({ description: 'Which definition produced a set of figures' })
export class MetricDefinition {
  @Field(() => ServiceLevelVariantEnum) serviceLevelVariant: ServiceLevelVariant;
  @Field(() => Int, {
    nullable: true,
    description: 'null when the queues summed have different thresholds (then source is STORED)',
  })
  slThresholdSeconds: number | null;
  @Field(() => Int) shortAbandonSeconds: number;
  @Field({
    description:
      'BUCKETS: "within T" recomputed from answer-wait buckets for today\'s T; STORED: counted with the T in force at ingestion',
  })
  source: string;
}

@ObjectType({
  description:
    'Contact metrics of metrics.md (ratios are fractions, null when the denominator is 0; times in seconds)',
})
export class ContactMetricsModel {
  @Field(() => Int) offered: number;
  @Field(() => Int) answered: number;
  @Field(() => Int) abandoned: number;
  @Field(() => Int) flowedOut: number;
  @Field(() => Int) shortAbandoned: number;
  @Field(() => Int) answeredWithinThreshold: number;
  @Field(() => Float, { nullable: true }) serviceLevel: number | null;
  @Field(() => Float, { nullable: true, description: 'seconds' }) asa: number | null;
  @Field(() => Float, { nullable: true, description: 'seconds' }) aht: number | null;
  @Field(() => Float, { nullable: true }) abandonRate: number | null;
  @Field(() => Float, { nullable: true, description: 'seconds' }) avgAbandonWait: number | null;
  @Field(() => Float, { description: 'seconds' }) maxWait: number;
  @Field(() => Int) transfers: number;
  @Field(() => Int) handled: number;
  @Field(() => Int) surveys: number;
  @Field(() => Float, { nullable: true, description: 'share of CSAT 4–5' }) csat: number | null;
  @Field(() => Float, { nullable: true }) csatMean: number | null;
  @Field(() => Float, { nullable: true, description: 'fraction −1…1 (× 100 for points)' }) nps: number | null;
  @Field(() => Float, { nullable: true }) fcr: number | null;
  @Field(() => Float, { nullable: true }) fcrSurvey: number | null;
  @Field(() => Float, { nullable: true }) fcrDerived: number | null;
  @Field(() => MetricDefinition) definition: MetricDefinition;
}

@ObjectType({ description: 'Figures of one period (interval, local day, week or month)' })
export class MetricsPoint {
  @Field({ description: 'Start of the period, ISO 8601 with the site offset' }) periodStart: string;
  @Field({ description: 'The period as the site reads it: YYYY-MM-DD, or YYYY-MM-DDTHH:mm for intervals' })
  label: string;
  @Field(() => ContactMetricsModel) metrics: ContactMetricsModel;
}

@ObjectType()
export class QueueMetricsSeries {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: string;
  @Field() timeZone: string;
  @Field(() => Float, { description: 'Service-level target of the queue' }) slTarget: number;
  @Field(() => [MetricsPoint]) points: MetricsPoint[];
  @Field(() => [MetricsPoint], { description: 'The previous period of the same length, for comparison' })
  previousPoints: MetricsPoint[];
  @Field(() => ContactMetricsModel) total: ContactMetricsModel;
  @Field(() => ContactMetricsModel) previousTotal: ContactMetricsModel;
}

@ObjectType({ description: 'The queues of one channel summed' })
export class ChannelMetricsSeries {
  @Field(() => ChannelEnum) channel: string;
  @Field() timeZone: string;
  @Field(() => [MetricsPoint]) points: MetricsPoint[];
  @Field(() => [MetricsPoint]) previousPoints: MetricsPoint[];
  @Field(() => ContactMetricsModel) total: ContactMetricsModel;
  @Field(() => ContactMetricsModel) previousTotal: ContactMetricsModel;
}

@ObjectType()
export class QueueMetricsReport {
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [QueueMetricsSeries]) queues: QueueMetricsSeries[];
  @Field(() => [ChannelMetricsSeries], { description: 'Per channel, over the selected queues' })
  channels: ChannelMetricsSeries[];
}
