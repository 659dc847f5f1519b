import { Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Kiosk, Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { DemoService } from './demo.service.js';

@ObjectType({ description: 'Progress of the demo center: history being generated, then a live day' })
export class DemoStatusModel {
  @Field({ description: 'OFF, STARTING, HISTORY or LIVE' }) phase: string;
  @Field(() => Int) historyDaysTotal: number;
  @Field(() => Int) historyDaysDone: number;
  @Field(() => Float) eventsIngested: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The demo clock, epoch ms (behind real time while today is replayed)',
  })
  clock: number | null;
}

@Resolver()
export class DemoResolver {
  constructor(private readonly demo: DemoService) {}

  @Kiosk()
  @Roles(...STAFF_ROLES)
  @Query(() => DemoStatusModel)
  demoStatus(): DemoStatusModel {
    return { ...this.demo.status };
  }
}
