import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const EventStatusEnum = {
  ACCEPTED: 'ACCEPTED',
  DUPLICATE: 'DUPLICATE',
  REJECTED: 'REJECTED',
} as const;
export type EventStatus = keyof typeof EventStatusEnum;
registerEnumType(EventStatusEnum, {
  name: 'EventStatus',
  description:
    'ACCEPTED: stored and counted; DUPLICATE: its eventId was seen before, nothing changed; REJECTED: see errors',
});

@ObjectType({ description: 'Why an event was rejected: the field and the reason' })
export class EventError {
  @Field() field: string;
  @Field() reason: string;
}

@ObjectType({ description: 'The outcome of one event of a batch' })
export class EventResult {
  @Field(() => Int, { description: 'Position of the event in the request (0-based)' }) index: number;
  @Field(() => String, { nullable: true }) eventId: string | null;
  @Field(() => EventStatusEnum) status: EventStatus;
  @Field(() => [EventError]) errors: EventError[];
}

@ObjectType()
export class IngestResult {
  @Field(() => Int) accepted: number;
  @Field(() => Int) duplicates: number;
  @Field(() => Int) rejected: number;
  @Field(() => [EventResult]) results: EventResult[];
}
