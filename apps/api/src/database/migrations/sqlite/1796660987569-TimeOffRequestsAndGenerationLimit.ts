import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeOffRequestsAndGenerationLimit1796660987569 implements MigrationInterface {
  name = 'TimeOffRequestsAndGenerationLimit1796660987569';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_178e14390a23f9d1b96a13a685\"");
    await queryRunner.query("CREATE TABLE \"temporary_schedules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"weekStart\" varchar(10) NOT NULL, \"timeZone\" varchar(64) NOT NULL, \"queues\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"createdAt\" bigint NOT NULL, \"publishedAt\" bigint, \"error\" text, \"schedule\" text, \"requirement\" text, \"figures\" text, \"rules\" text, \"timeLimitSeconds\" double precision)");
    await queryRunner.query("INSERT INTO \"temporary_schedules\"(\"id\", \"weekStart\", \"timeZone\", \"queues\", \"status\", \"createdAt\", \"publishedAt\", \"error\", \"schedule\", \"requirement\", \"figures\", \"rules\") SELECT \"id\", \"weekStart\", \"timeZone\", \"queues\", \"status\", \"createdAt\", \"publishedAt\", \"error\", \"schedule\", \"requirement\", \"figures\", \"rules\" FROM \"schedules\"");
    await queryRunner.query("DROP TABLE \"schedules\"");
    await queryRunner.query("ALTER TABLE \"temporary_schedules\" RENAME TO \"schedules\"");
    await queryRunner.query("CREATE INDEX \"IDX_178e14390a23f9d1b96a13a685\" ON \"schedules\" (\"weekStart\") ");
    await queryRunner.query("DROP INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\"");
    await queryRunner.query("CREATE TABLE \"temporary_time_off\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agentId\" varchar(200) NOT NULL, \"start\" bigint NOT NULL, \"end\" bigint NOT NULL, \"paidHours\" double precision NOT NULL, \"note\" varchar(200) NOT NULL DEFAULT (''), \"status\" varchar(16) NOT NULL DEFAULT ('APPROVED'), \"requestedBy\" varchar(200), \"decidedBy\" varchar(200), \"decidedAt\" bigint)");
    await queryRunner.query("INSERT INTO \"temporary_time_off\"(\"id\", \"agentId\", \"start\", \"end\", \"paidHours\", \"note\") SELECT \"id\", \"agentId\", \"start\", \"end\", \"paidHours\", \"note\" FROM \"time_off\"");
    await queryRunner.query("DROP TABLE \"time_off\"");
    await queryRunner.query("ALTER TABLE \"temporary_time_off\" RENAME TO \"time_off\"");
    await queryRunner.query("CREATE INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\" ON \"time_off\" (\"agentId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\"");
    await queryRunner.query("ALTER TABLE \"time_off\" RENAME TO \"temporary_time_off\"");
    await queryRunner.query("CREATE TABLE \"time_off\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agentId\" varchar(200) NOT NULL, \"start\" bigint NOT NULL, \"end\" bigint NOT NULL, \"paidHours\" double precision NOT NULL, \"note\" varchar(200) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"time_off\"(\"id\", \"agentId\", \"start\", \"end\", \"paidHours\", \"note\") SELECT \"id\", \"agentId\", \"start\", \"end\", \"paidHours\", \"note\" FROM \"temporary_time_off\"");
    await queryRunner.query("DROP TABLE \"temporary_time_off\"");
    await queryRunner.query("CREATE INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\" ON \"time_off\" (\"agentId\") ");
    await queryRunner.query("DROP INDEX \"IDX_178e14390a23f9d1b96a13a685\"");
    await queryRunner.query("ALTER TABLE \"schedules\" RENAME TO \"temporary_schedules\"");
    await queryRunner.query("CREATE TABLE \"schedules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"weekStart\" varchar(10) NOT NULL, \"timeZone\" varchar(64) NOT NULL, \"queues\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"createdAt\" bigint NOT NULL, \"publishedAt\" bigint, \"error\" text, \"schedule\" text, \"requirement\" text, \"figures\" text, \"rules\" text)");
    await queryRunner.query("INSERT INTO \"schedules\"(\"id\", \"weekStart\", \"timeZone\", \"queues\", \"status\", \"createdAt\", \"publishedAt\", \"error\", \"schedule\", \"requirement\", \"figures\", \"rules\") SELECT \"id\", \"weekStart\", \"timeZone\", \"queues\", \"status\", \"createdAt\", \"publishedAt\", \"error\", \"schedule\", \"requirement\", \"figures\", \"rules\" FROM \"temporary_schedules\"");
    await queryRunner.query("DROP TABLE \"temporary_schedules\"");
    await queryRunner.query("CREATE INDEX \"IDX_178e14390a23f9d1b96a13a685\" ON \"schedules\" (\"weekStart\") ");
  }
}
