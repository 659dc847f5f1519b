import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

@ArgsType()
export class ContactArgs {
  @Field() @IsString() @Length(1, 200) contactId: string;
}

@ArgsType()
export class CustomerContactsArgs {
  @Field({
    description:
      'The customer id as the source system knows it (pseudonymized here when CUSTOMER_ID_KEY is set)',
  })
  @IsString()
  @Length(1, 200)
  customerId: string;

  @Field(() => Int, { defaultValue: 50, description: 'Most recent contacts to return (1–200)' })
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}
