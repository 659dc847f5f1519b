import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanningForecastsAndSettings1795566403959 implements MigrationInterface {
  name = 'PlanningForecastsAndSettings1795566403959';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "label" varchar(200) NOT NULL, "note" text, "createdAt" bigint NOT NULL, "options" text NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshot_queues" ("snapshotId" integer NOT NULL, "queueId" integer NOT NULL, "start" bigint NOT NULL, "intervalCount" integer NOT NULL, "method" varchar(32) NOT NULL, "backtestWape" double precision, "data" text NOT NULL, PRIMARY KEY ("snapshotId", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_planning_settings" ("queueId" integer PRIMARY KEY NOT NULL, "shrinkage" double precision NOT NULL, "maxOccupancy" double precision, "targetAsaSeconds" double precision, "patienceSeconds" double precision, "patienceMode" varchar(16) NOT NULL, "claimHoursPerDay" double precision NOT NULL, "claimHandleSeconds" double precision NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "special_days" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL, "multiplier" double precision NOT NULL, "label" varchar(200) NOT NULL, "queueId" integer, "channel" varchar(16))',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_forecast_snapshot_queues" ("snapshotId" integer NOT NULL, "queueId" integer NOT NULL, "start" bigint NOT NULL, "intervalCount" integer NOT NULL, "method" varchar(32) NOT NULL, "backtestWape" double precision, "data" text NOT NULL, CONSTRAINT "FK_c4aad9a1cf54c3f964336d0e94d" FOREIGN KEY ("snapshotId") REFERENCES "forecast_snapshots" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_833500e6a9b21ca6c8e2963e500" FOREIGN KEY ("queueId") REFERENCES "queues" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("snapshotId", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_forecast_snapshot_queues"("snapshotId", "queueId", "start", "intervalCount", "method", "backtestWape", "data") SELECT "snapshotId", "queueId", "start", "intervalCount", "method", "backtestWape", "data" FROM "forecast_snapshot_queues"',
    );
    await queryRunner.query('DROP TABLE "forecast_snapshot_queues"');
    await queryRunner.query(
      'ALTER TABLE "temporary_forecast_snapshot_queues" RENAME TO "forecast_snapshot_queues"',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_queue_planning_settings" ("queueId" integer PRIMARY KEY NOT NULL, "shrinkage" double precision NOT NULL, "maxOccupancy" double precision, "targetAsaSeconds" double precision, "patienceSeconds" double precision, "patienceMode" varchar(16) NOT NULL, "claimHoursPerDay" double precision NOT NULL, "claimHandleSeconds" double precision NOT NULL, CONSTRAINT "FK_06103fde9b2e270113ba0dcbc97" FOREIGN KEY ("queueId") REFERENCES "queues" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_queue_planning_settings"("queueId", "shrinkage", "maxOccupancy", "targetAsaSeconds", "patienceSeconds", "patienceMode", "claimHoursPerDay", "claimHandleSeconds") SELECT "queueId", "shrinkage", "maxOccupancy", "targetAsaSeconds", "patienceSeconds", "patienceMode", "claimHoursPerDay", "claimHandleSeconds" FROM "queue_planning_settings"',
    );
    await queryRunner.query('DROP TABLE "queue_planning_settings"');
    await queryRunner.query(
      'ALTER TABLE "temporary_queue_planning_settings" RENAME TO "queue_planning_settings"',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_special_days" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL, "multiplier" double precision NOT NULL, "label" varchar(200) NOT NULL, "queueId" integer, "channel" varchar(16), CONSTRAINT "FK_312386eba32e7ca30fec1903c65" FOREIGN KEY ("queueId") REFERENCES "queues" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_special_days"("id", "fromDate", "toDate", "multiplier", "label", "queueId", "channel") SELECT "id", "fromDate", "toDate", "multiplier", "label", "queueId", "channel" FROM "special_days"',
    );
    await queryRunner.query('DROP TABLE "special_days"');
    await queryRunner.query('ALTER TABLE "temporary_special_days" RENAME TO "special_days"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "special_days" RENAME TO "temporary_special_days"');
    await queryRunner.query(
      'CREATE TABLE "special_days" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL, "multiplier" double precision NOT NULL, "label" varchar(200) NOT NULL, "queueId" integer, "channel" varchar(16))',
    );
    await queryRunner.query(
      'INSERT INTO "special_days"("id", "fromDate", "toDate", "multiplier", "label", "queueId", "channel") SELECT "id", "fromDate", "toDate", "multiplier", "label", "queueId", "channel" FROM "temporary_special_days"',
    );
    await queryRunner.query('DROP TABLE "temporary_special_days"');
    await queryRunner.query(
      'ALTER TABLE "queue_planning_settings" RENAME TO "temporary_queue_planning_settings"',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_planning_settings" ("queueId" integer PRIMARY KEY NOT NULL, "shrinkage" double precision NOT NULL, "maxOccupancy" double precision, "targetAsaSeconds" double precision, "patienceSeconds" double precision, "patienceMode" varchar(16) NOT NULL, "claimHoursPerDay" double precision NOT NULL, "claimHandleSeconds" double precision NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "queue_planning_settings"("queueId", "shrinkage", "maxOccupancy", "targetAsaSeconds", "patienceSeconds", "patienceMode", "claimHoursPerDay", "claimHandleSeconds") SELECT "queueId", "shrinkage", "maxOccupancy", "targetAsaSeconds", "patienceSeconds", "patienceMode", "claimHoursPerDay", "claimHandleSeconds" FROM "temporary_queue_planning_settings"',
    );
    await queryRunner.query('DROP TABLE "temporary_queue_planning_settings"');
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot_queues" RENAME TO "temporary_forecast_snapshot_queues"',
    );
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshot_queues" ("snapshotId" integer NOT NULL, "queueId" integer NOT NULL, "start" bigint NOT NULL, "intervalCount" integer NOT NULL, "method" varchar(32) NOT NULL, "backtestWape" double precision, "data" text NOT NULL, PRIMARY KEY ("snapshotId", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "forecast_snapshot_queues"("snapshotId", "queueId", "start", "intervalCount", "method", "backtestWape", "data") SELECT "snapshotId", "queueId", "start", "intervalCount", "method", "backtestWape", "data" FROM "temporary_forecast_snapshot_queues"',
    );
    await queryRunner.query('DROP TABLE "temporary_forecast_snapshot_queues"');
    await queryRunner.query('DROP TABLE "special_days"');
    await queryRunner.query('DROP TABLE "queue_planning_settings"');
    await queryRunner.query('DROP TABLE "forecast_snapshot_queues"');
    await queryRunner.query('DROP TABLE "forecast_snapshots"');
  }
}
