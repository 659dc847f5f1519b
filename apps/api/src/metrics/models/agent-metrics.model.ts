import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Agent metrics of metrics.md (ratios are fractions or null; times in seconds)' })
export class AgentMetricsModel {
  @Field(() => Float) loggedInSeconds: number;
  @Field(() => Float) handlingSeconds: number;
  @Field(() => Float) availableSeconds: number;
  @Field(() => Float) shrinkageSeconds: number;
  @Field(() => Float, { nullable: true }) occupancy: number | null;
  @Field(() => Float, { nullable: true }) utilization: number | null;
  @Field(() => Float, { nullable: true }) shrinkage: number | null;
  @Field(() => Float, { nullable: true, description: 'null until schedules exist' }) conformance:
    number | null;
  @Field(() => Float, { nullable: true, description: 'null until schedules exist' }) adherence: number | null;
  @Field(() => Int) handled: number;
  @Field(() => Float, { nullable: true }) aht: number | null;
  @Field(() => Int) qaEvaluations: number;
  @Field(() => Float, { nullable: true, description: '0–100' }) qaScore: number | null;
  @Field(() => Float, { nullable: true }) qaPassRate: number | null;
  @Field(() => Float) trainingHours: number;
}

@ObjectType()
export class AgentMetricsPoint {
  @Field() periodStart: string;
  @Field() label: string;
  @Field(() => AgentMetricsModel) metrics: AgentMetricsModel;
}

@ObjectType({ description: 'One team (its agents summed) or one agent' })
export class AgentMetricsSeries {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() timeZone: string;
  @Field(() => [AgentMetricsPoint]) points: AgentMetricsPoint[];
  @Field(() => AgentMetricsModel) total: AgentMetricsModel;
  @Field(() => AgentMetricsModel) previousTotal: AgentMetricsModel;
}

@ObjectType()
export class AgentMetricsReport {
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [AgentMetricsSeries]) teams: AgentMetricsSeries[];
  @Field(() => [AgentMetricsSeries], {
    description: 'Per agent (only when agents or one team are asked for)',
  })
  agents: AgentMetricsSeries[];
}
