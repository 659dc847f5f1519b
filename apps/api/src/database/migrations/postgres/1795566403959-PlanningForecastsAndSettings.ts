import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanningForecastsAndSettings1795566403959 implements MigrationInterface {
  name = 'PlanningForecastsAndSettings1795566403959';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshots" ("id" SERIAL NOT NULL, "label" character varying(200) NOT NULL, "note" text, "createdAt" bigint NOT NULL, "options" text NOT NULL, CONSTRAINT "PK_18dfc04daa610805e8fbb3d1d57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshot_queues" ("snapshotId" integer NOT NULL, "queueId" integer NOT NULL, "start" bigint NOT NULL, "intervalCount" integer NOT NULL, "method" character varying(32) NOT NULL, "backtestWape" double precision, "data" text NOT NULL, CONSTRAINT "PK_8b65e5e0feae1d530f6087a8943" PRIMARY KEY ("snapshotId", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_planning_settings" ("queueId" integer NOT NULL, "shrinkage" double precision NOT NULL, "maxOccupancy" double precision, "targetAsaSeconds" double precision, "patienceSeconds" double precision, "patienceMode" character varying(16) NOT NULL, "claimHoursPerDay" double precision NOT NULL, "claimHandleSeconds" double precision NOT NULL, CONSTRAINT "PK_06103fde9b2e270113ba0dcbc97" PRIMARY KEY ("queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "special_days" ("id" SERIAL NOT NULL, "fromDate" character varying(10) NOT NULL, "toDate" character varying(10) NOT NULL, "multiplier" double precision NOT NULL, "label" character varying(200) NOT NULL, "queueId" integer, "channel" character varying(16), CONSTRAINT "PK_c1ae5de188b9a05179039d5d065" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot_queues" ADD CONSTRAINT "FK_c4aad9a1cf54c3f964336d0e94d" FOREIGN KEY ("snapshotId") REFERENCES "forecast_snapshots"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot_queues" ADD CONSTRAINT "FK_833500e6a9b21ca6c8e2963e500" FOREIGN KEY ("queueId") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "queue_planning_settings" ADD CONSTRAINT "FK_06103fde9b2e270113ba0dcbc97" FOREIGN KEY ("queueId") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "special_days" ADD CONSTRAINT "FK_312386eba32e7ca30fec1903c65" FOREIGN KEY ("queueId") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "special_days" DROP CONSTRAINT "FK_312386eba32e7ca30fec1903c65"');
    await queryRunner.query(
      'ALTER TABLE "queue_planning_settings" DROP CONSTRAINT "FK_06103fde9b2e270113ba0dcbc97"',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot_queues" DROP CONSTRAINT "FK_833500e6a9b21ca6c8e2963e500"',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot_queues" DROP CONSTRAINT "FK_c4aad9a1cf54c3f964336d0e94d"',
    );
    await queryRunner.query('DROP TABLE "special_days"');
    await queryRunner.query('DROP TABLE "queue_planning_settings"');
    await queryRunner.query('DROP TABLE "forecast_snapshot_queues"');
    await queryRunner.query('DROP TABLE "forecast_snapshots"');
  }
}
