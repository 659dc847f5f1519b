import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { HealthModule } from '../health/health.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { PubSubModule } from '../pubsub/pubsub.module.js';
import '../common/graphql-enums.js';

/** The whole API, configured from a validated environment (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            // Health probes and metric scrapes every few seconds would drown the log.
            autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.database)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: env.GRAPHQL_SCHEMA_FILE ?? true,
          sortSchema: true,
          subscriptions: { 'graphql-ws': true },
          introspection: true,
        }),
        PubSubModule.forRoot(env.REDIS_URL),
        ObservabilityModule,
        HealthModule,
        DirectoryModule,
        IngestModule,
        MetricsModule,
      ],
    };
  }
}
