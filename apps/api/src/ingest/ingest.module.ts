import { Module } from '@nestjs/common';
import { SqlRunner } from '../database/sql-runner.service.js';
import { IngestController } from './ingest.controller.js';
import { IngestResolver } from './ingest.resolver.js';
import { IngestService } from './ingest.service.js';
import { IngestWriter } from './ingest-writer.js';

@Module({
  providers: [SqlRunner, IngestWriter, IngestService, IngestResolver],
  controllers: [IngestController],
  exports: [IngestService, SqlRunner],
})
export class IngestModule {}
