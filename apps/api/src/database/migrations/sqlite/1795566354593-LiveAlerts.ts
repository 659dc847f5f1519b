import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveAlerts1795566354593 implements MigrationInterface {
  name = 'LiveAlerts1795566354593';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agent_state_alert_limits" ("state" varchar(24) PRIMARY KEY NOT NULL, "maxSeconds" integer)',
    );
    await queryRunner.query(
      'CREATE TABLE "alerts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rule" varchar(32) NOT NULL, "queueId" integer, "agentId" varchar(200), "agentState" varchar(24), "raisedAt" bigint NOT NULL, "clearedAt" bigint, "value" double precision NOT NULL, "threshold" double precision NOT NULL, "clearedValue" double precision, "openKey" varchar(240))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c642f101f8e321c56805acc0c8" ON "alerts" ("openKey") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_bb504b7a3bcc4ab07b0925ee05" ON "alerts" ("queueId", "raisedAt") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_3c16e4aef35528bed49d2f8558" ON "alerts" ("raisedAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_3c16e4aef35528bed49d2f8558"');
    await queryRunner.query('DROP INDEX "IDX_bb504b7a3bcc4ab07b0925ee05"');
    await queryRunner.query('DROP INDEX "IDX_c642f101f8e321c56805acc0c8"');
    await queryRunner.query('DROP TABLE "alerts"');
    await queryRunner.query('DROP TABLE "agent_state_alert_limits"');
  }
}
