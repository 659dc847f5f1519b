import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';

/** What CLI commands need: storage, the directory, ingestion and metrics — no HTTP, no GraphQL. */
@Module({})
export class CliModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(env),
        TypeOrmModule.forRoot(dataSourceOptions(env.database)),
        ObservabilityModule,
        DirectoryModule,
        IngestModule,
        MetricsModule,
      ],
    };
  }
}
