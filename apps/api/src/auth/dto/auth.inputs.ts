import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.js';

const passwordLength = Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
  message: `must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`,
});

@ArgsType()
export class CredentialNameArgs {
  @Field({ description: 'What the credential is for, e.g. "Hotline floor TV" or "Genesys feed"' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'must not be blank' })
  name: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID) @IsString() @Matches(/^\d{1,9}$/, { message: 'must be a numeric id' }) id: string;
}

@ArgsType()
export class SetUserPasswordArgs {
  @Field(() => ID) @IsString() @Matches(/^\d{1,9}$/, { message: 'must be a numeric id' }) userId: string;
  @Field() @IsString() @passwordLength password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field() @IsString() @Length(1, MAX_PASSWORD_LENGTH) currentPassword: string;
  @Field() @IsString() @passwordLength newPassword: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID) @IsString() @Matches(/^\d{1,9}$/, { message: 'must be a numeric id' }) userId: string;
}
