import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An agent now against the published schedule' })
export class LiveAdherenceModel {
  @Field(() => String, {
    nullable: true,
    description:
      'Activity scheduled now: work, break, meal, training, meeting, coaching (null: not scheduled)',
  })
  scheduledActivity: string | null;
  @Field(() => [String], { description: 'Agent states that count as doing it' }) expectedStates: string[];
  @Field({ description: 'False once the state has mismatched the activity for longer than its tolerance' })
  inAdherence: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'When the mismatch began (ISO 8601, UTC) while out of adherence',
  })
  outOfAdherenceSince: string | null;
  @Field(() => Float, { description: 'Seconds of mismatch so far in the current activity' })
  mismatchSeconds: number;
  @Field(() => Int, { description: 'Tolerance of the scheduled activity, seconds' }) toleranceSeconds: number;
}

@ObjectType({ description: 'Adherence and conformance of one agent on one local day (metrics.md)' })
export class AgentAdherenceModel {
  @Field() agentId: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) teamId: number | null;
  @Field() date: string;
  @Field(() => Float, { description: 'Scheduled time up to now, seconds' }) scheduledSeconds: number;
  @Field(() => Float) adherentSeconds: number;
  @Field(() => Float, { nullable: true, description: 'adherent / scheduled time (null: nothing scheduled)' })
  adherence: number | null;
  @Field(() => Float, { description: 'Logged-in time that day up to now, seconds' }) loggedInSeconds: number;
  @Field(() => Float, { nullable: true, description: 'logged-in / scheduled time (null: nothing scheduled)' })
  conformance: number | null;
  @Field(() => LiveAdherenceModel, { nullable: true, description: 'Now, when the date is today' })
  now: LiveAdherenceModel | null;
}

@ObjectType()
export class AdherenceToleranceModel {
  @Field() activity: string;
  @Field(() => Int) seconds: number;
}
