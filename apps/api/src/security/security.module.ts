import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { GraphqlHardening } from './graphql-hardening.service.js';

/** Provides the GraphQL security settings to GraphQLModule.forRootAsync. */
@Module({
  imports: [AuthModule],
  providers: [GraphqlHardening],
  exports: [GraphqlHardening],
})
export class SecurityModule {}
