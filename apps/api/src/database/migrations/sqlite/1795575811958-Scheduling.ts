import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795575811958 implements MigrationInterface {
  name = 'Scheduling1795575811958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"adherence_tolerances\" (\"activity\" varchar(16) PRIMARY KEY NOT NULL, \"seconds\" integer NOT NULL)");
    await queryRunner.query("CREATE TABLE \"activity_requests\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(16) NOT NULL, \"label\" varchar(200) NOT NULL DEFAULT (''), \"agentIds\" text NOT NULL, \"lengthMinutes\" integer NOT NULL, \"earliestStart\" bigint NOT NULL, \"latestEnd\" bigint NOT NULL, \"together\" boolean)");
    await queryRunner.query("CREATE TABLE \"agent_scheduling\" (\"agentId\" varchar(200) PRIMARY KEY NOT NULL, \"contractCode\" varchar(64), \"templateCodes\" text, \"availability\" text, \"fixedDaysOff\" text)");
    await queryRunner.query("CREATE TABLE \"schedule_contracts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(64) NOT NULL, \"minHoursPerWeek\" double precision NOT NULL, \"maxHoursPerWeek\" double precision NOT NULL, \"maxWorkingDays\" integer NOT NULL, \"minRestHours\" double precision NOT NULL, \"fixedDaysOff\" text NOT NULL, \"isDefault\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"UQ_02b0b99d1e789a13daff639b840\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"schedules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"weekStart\" varchar(10) NOT NULL, \"timeZone\" varchar(64) NOT NULL, \"queues\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"createdAt\" bigint NOT NULL, \"publishedAt\" bigint, \"error\" text, \"schedule\" text, \"requirement\" text, \"figures\" text, \"rules\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_178e14390a23f9d1b96a13a685\" ON \"schedules\" (\"weekStart\") ");
    await queryRunner.query("CREATE TABLE \"shift_templates\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(64) NOT NULL, \"earliestStartMinutes\" integer NOT NULL, \"latestStartMinutes\" integer NOT NULL, \"startStepMinutes\" integer NOT NULL DEFAULT (15), \"lengthsMinutes\" text NOT NULL, \"days\" text, \"breakRules\" text NOT NULL, CONSTRAINT \"UQ_2d4b54fdf4a9ffe3636742fd483\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"time_off\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agentId\" varchar(200) NOT NULL, \"start\" bigint NOT NULL, \"end\" bigint NOT NULL, \"paidHours\" double precision NOT NULL, \"note\" varchar(200) NOT NULL DEFAULT (''))");
    await queryRunner.query("CREATE INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\" ON \"time_off\" (\"agentId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\"");
    await queryRunner.query("DROP TABLE \"time_off\"");
    await queryRunner.query("DROP TABLE \"shift_templates\"");
    await queryRunner.query("DROP INDEX \"IDX_178e14390a23f9d1b96a13a685\"");
    await queryRunner.query("DROP TABLE \"schedules\"");
    await queryRunner.query("DROP TABLE \"schedule_contracts\"");
    await queryRunner.query("DROP TABLE \"agent_scheduling\"");
    await queryRunner.query("DROP TABLE \"activity_requests\"");
    await queryRunner.query("DROP TABLE \"adherence_tolerances\"");
  }
}
