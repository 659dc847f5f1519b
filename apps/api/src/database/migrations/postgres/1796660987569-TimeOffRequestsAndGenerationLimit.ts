import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeOffRequestsAndGenerationLimit1796660987569 implements MigrationInterface {
  name = 'TimeOffRequestsAndGenerationLimit1796660987569';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"schedules\" ADD \"timeLimitSeconds\" double precision");
    await queryRunner.query("ALTER TABLE \"time_off\" ADD \"status\" character varying(16) NOT NULL DEFAULT 'APPROVED'");
    await queryRunner.query("ALTER TABLE \"time_off\" ADD \"requestedBy\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"time_off\" ADD \"decidedBy\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"time_off\" ADD \"decidedAt\" bigint");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"time_off\" DROP COLUMN \"decidedAt\"");
    await queryRunner.query("ALTER TABLE \"time_off\" DROP COLUMN \"decidedBy\"");
    await queryRunner.query("ALTER TABLE \"time_off\" DROP COLUMN \"requestedBy\"");
    await queryRunner.query("ALTER TABLE \"time_off\" DROP COLUMN \"status\"");
    await queryRunner.query("ALTER TABLE \"schedules\" DROP COLUMN \"timeLimitSeconds\"");
  }
}
