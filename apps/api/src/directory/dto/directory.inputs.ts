import { Field, Float, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  SERVICE_LEVEL_VARIANTS,
  type Channel,
  type ServiceLevelVariant,
} from '@servicefloor/contracts';
import { ChannelEnum, RoleEnum, ServiceLevelVariantEnum } from '../../common/graphql-enums.js';
import { IsTimeZone } from '../../common/is-time-zone.js';
import { ROLES, type Role } from '../entities/user.entity.js';

@InputType()
export class CreateSiteInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field() @IsTimeZone() timeZone: string;
}

@InputType()
export class UpdateSiteInput extends PartialType(CreateSiteInput) {}

@InputType()
export class CreateQueueInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ChannelEnum)
  @IsIn(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` })
  channel: Channel;
  @Field(() => Int) @IsInt() siteId: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30 * 24 * 3600)
  slThresholdSeconds?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1) slTarget?: number;
  @Field(() => ServiceLevelVariantEnum, { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_LEVEL_VARIANTS)
  slVariant?: ServiceLevelVariant;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  shortAbandonSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(24 * 365) claimSlaHours?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) alertMaxDepth?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) alertMaxWaitSeconds?: number | null;
}

@InputType()
export class UpdateQueueInput extends PartialType(CreateQueueInput) {}

@InputType()
export class CreateTeamInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => Int) @IsInt() siteId: number;
}

@InputType()
export class UpdateTeamInput extends PartialType(CreateTeamInput) {}

@InputType()
export class SkillInput {
  @Field(() => Int) @IsInt() queueId: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1) proficiency: number;
}

@InputType()
export class CreateAgentInput {
  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/^\S+$/, { message: 'must not contain spaces' })
  agentId: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() teamId?: number | null;
  @Field(() => [SkillInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SkillInput)
  skills?: SkillInput[];
}

@InputType()
export class UpdateAgentInput extends PartialType(CreateAgentInput) {}

@InputType()
export class CreateUserInput {
  @Field()
  @IsString()
  @Length(3, 100)
  @Matches(/^[a-z0-9._-]+$/, { message: 'must be lower-case letters, digits, . _ or -' })
  username: string;
  @Field() @IsString() @Length(1, 200) displayName: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role: Role;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() agentId?: string | null;
}

@InputType()
export class UpdateUserInput extends PartialType(CreateUserInput) {}
