import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GracefulShutdown } from './graceful-shutdown.service.js';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ConfigModule } from '../config/config.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import type { Env } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { DemoModule } from '../demo/demo.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { HealthModule } from '../health/health.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { LiveModule } from '../live/live.module.js';
import { MetricsResponseCache } from '../metrics/metrics-response-cache.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { PlanningModule } from '../planning/planning.module.js';
import { PubSubModule } from '../pubsub/pubsub.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { GraphqlHardening } from '../security/graphql-hardening.service.js';
import { SecurityModule } from '../security/security.module.js';
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
            // Credentials never reach the log.
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-api-key"]',
              'res.headers["set-cookie"]',
            ],
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.database)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // Subscriptions (graphql-ws) authenticated in onConnect; limits, introspection: security/.
          imports: [SecurityModule, MetricsModule],
          inject: [GraphqlHardening, MetricsResponseCache],
          useFactory: (hardening: GraphqlHardening, metricsCache: MetricsResponseCache) => {
            const options = hardening.options();
            return {
              autoSchemaFile: env.GRAPHQL_SCHEMA_FILE ?? true,
              sortSchema: true,
              ...options,
              plugins: [...(options.plugins ?? []), ...metricsCache.plugins()],
            };
          },
        }),
        PubSubModule.forRoot(env.REDIS_URL),
        ObservabilityModule,
        AuthModule,
        AuditModule,
        HealthModule,
        DirectoryModule,
        DemoModule,
        IngestModule,
        MetricsModule,
        ContactsModule,
        LiveModule,
        PlanningModule,
        AssessmentModule,
        SchedulingModule,
      ],
      providers: [GracefulShutdown],
    };
  }
}
