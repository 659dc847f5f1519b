import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Entries to return, newest first (1–500)' })
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @Field(() => ID, { nullable: true, description: 'Only entries older than this id (paging)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,12}$/, { message: 'must be a numeric id' })
  before?: string;

  @Field({ nullable: true, description: 'Only this mutation or route, e.g. "updateQueue"' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  action?: string;

  @Field({ nullable: true, description: 'Only this actor, e.g. "user:admin"' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  actor?: string;
}
