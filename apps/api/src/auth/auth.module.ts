import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { AccessGuard } from './access.guard.js';
import { AccessTokens } from './access-tokens.service.js';
import { AuthController } from './auth.controller.js';
import { AuthResolver } from './auth.resolver.js';
import { Authenticator } from './authenticator.service.js';
import { FirstAdmin } from './first-admin.service.js';
import { GraphqlWsAuth } from './graphql-ws-auth.service.js';
import { InternalIngestKey } from './internal-ingest-key.js';
import { MachineCredentials } from './machine-credentials.service.js';
import { Sessions } from './sessions.service.js';

/**
 * Access control: users and sessions, kiosk tokens, API keys, the global guard (default deny)
 * and the authentication of subscriptions. The server's first admin is created at bootstrap.
 */
@Module({
  imports: [
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        throttlers: [
          { name: 'login', limit: env.LOGIN_RATE_LIMIT, ttl: env.LOGIN_RATE_WINDOW_SECONDS * 1000 },
        ],
        errorMessage: 'Too many sign-in attempts from this address: wait a minute and try again',
      }),
    }),
  ],
  providers: [
    AccessTokens,
    Sessions,
    MachineCredentials,
    InternalIngestKey,
    Authenticator,
    GraphqlWsAuth,
    FirstAdmin,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  controllers: [AuthController],
  exports: [Authenticator, GraphqlWsAuth, InternalIngestKey, Sessions],
})
export class AuthModule {}
