import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, ServiceLevelVariant } from '@servicefloor/contracts';
import { ChannelEnum, RoleEnum, ServiceLevelVariantEnum } from '../../common/graphql-enums.js';
import type { Role } from '../entities/user.entity.js';

@ObjectType({ description: 'A physical or virtual center; its time zone cuts days, weeks and months' })
export class Site {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai' }) timeZone: string;
}

@ObjectType({ description: 'A queue of one channel, with the definitions its metrics use' })
export class Queue {
  @Field(() => ID) id: number;
  @Field({ description: 'Events name their queue by this name' }) name: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => Int) siteId: number;
  @Field(() => Site) site: Site;
  @Field(() => Int, { description: 'Answered with wait ≤ T seconds counts as within the service level' })
  slThresholdSeconds: number;
  @Field(() => Float, { description: 'Service-level target as a fraction, e.g. 0.8' }) slTarget: number;
  @Field(() => ServiceLevelVariantEnum) slVariant: ServiceLevelVariant;
  @Field(() => Int, { description: 'Abandoned with wait < this many seconds is a short abandon' })
  shortAbandonSeconds: number;
  @Field(() => Int, { description: 'Claim desk: settled within this many hours is in SLA' })
  claimSlaHours: number;
  @Field(() => Int, { nullable: true, description: 'Alert when more contacts than this wait' })
  alertMaxDepth: number | null;
  @Field(() => Int, { nullable: true, description: 'Alert when the longest wait exceeds this many seconds' })
  alertMaxWaitSeconds: number | null;
}

@ObjectType()
export class Team {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field(() => Int) siteId: number;
}

@ObjectType({ description: 'A queue an agent can serve, with a proficiency from 0 to 1' })
export class Skill {
  @Field(() => Int) queueId: number;
  @Field() queueName: string;
  @Field(() => Float) proficiency: number;
}

@ObjectType()
export class Agent {
  @Field(() => ID) id: number;
  @Field({ description: 'The id events and the PBX use for this agent' }) agentId: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) teamId: number | null;
  @Field(() => [Skill]) skills: Skill[];
}

@ObjectType()
export class User {
  @Field(() => ID) id: number;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => String, { nullable: true }) agentId: string | null;
}
