import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One change made through the API: who, what, when and how it ended' })
export class AuditEntry {
  @Field(() => ID) id: number;
  @Field({ description: 'When the change finished, ISO 8601 UTC' }) at: string;
  @Field({ description: '"user:<username>", or a kiosk token / API key' }) actor: string;
  @Field(() => String, { nullable: true, description: "The user's role at the time" }) role: string | null;
  @Field({ description: 'The GraphQL mutation or HTTP route' }) action: string;
  @Field(() => String, { nullable: true, description: 'Id of what was created or changed' }) target:
    string | null;
  @Field({ description: 'The arguments as JSON; passwords, tokens and keys redacted' }) details: string;
  @Field({ description: 'OK or ERROR' }) outcome: string;
  @Field(() => String, { nullable: true }) error: string | null;
}
