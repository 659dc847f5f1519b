import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One contact as folded from its events (drill-down evidence)' })
export class ContactRecord {
  @Field() contactId: string;
  @Field(() => String, { nullable: true }) queue: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 UTC' }) offeredAt: string | null;
  @Field(() => String, { nullable: true }) answeredAt: string | null;
  @Field(() => String, { nullable: true }) abandonedAt: string | null;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true }) agentId: string | null;
  @Field(() => Float, { nullable: true }) talkSeconds: number | null;
  @Field(() => Int, { nullable: true }) csat: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The same customer came back within 7 days (derived FCR)',
  })
  repeatWithin7Days: boolean | null;
  /** Resolved by ContactsResolver.customerId (ADMIN and MANAGER only). */
  customerIdValue?: string | null;
}
