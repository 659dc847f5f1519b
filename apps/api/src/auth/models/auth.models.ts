import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A wallboard kiosk token or an ingestion API key (the secret is never shown again)',
})
export class AccessCredential {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field({ description: 'The first characters of the secret, to tell credentials apart' }) hint: string;
  @Field({ description: 'ISO 8601, UTC' }) createdAt: string;
  @Field({ description: 'Username of the administrator who created it' }) createdBy: string;
  @Field(() => String, { nullable: true, description: 'Last use (to the minute), ISO 8601' })
  lastUsedAt: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601; set once revoked' })
  revokedAt: string | null;
}

@ObjectType({ description: 'A new credential with its secret, shown this once' })
export class CreatedAccessCredential {
  @Field(() => AccessCredential) credential: AccessCredential;
  @Field({
    description:
      'The secret. Kiosk: open /wallboard?kiosk=<secret>. API key: send `Authorization: Bearer <secret>` (or X-API-Key).',
  })
  secret: string;
}
