import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795575811958 implements MigrationInterface {
  name = 'Scheduling1795575811958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"adherence_tolerances\" (\"activity\" character varying(16) NOT NULL, \"seconds\" integer NOT NULL, CONSTRAINT \"PK_9a7838ac0dfda75b03a9d421ab6\" PRIMARY KEY (\"activity\"))");
    await queryRunner.query("CREATE TABLE \"activity_requests\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(16) NOT NULL, \"label\" character varying(200) NOT NULL DEFAULT '', \"agentIds\" text NOT NULL, \"lengthMinutes\" integer NOT NULL, \"earliestStart\" bigint NOT NULL, \"latestEnd\" bigint NOT NULL, \"together\" boolean, CONSTRAINT \"PK_457dc851a45427b4028113dcbd8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"agent_scheduling\" (\"agentId\" character varying(200) NOT NULL, \"contractCode\" character varying(64), \"templateCodes\" text, \"availability\" text, \"fixedDaysOff\" text, CONSTRAINT \"PK_6d49972d55e48dfdc41276bf852\" PRIMARY KEY (\"agentId\"))");
    await queryRunner.query("CREATE TABLE \"schedule_contracts\" (\"id\" SERIAL NOT NULL, \"code\" character varying(64) NOT NULL, \"minHoursPerWeek\" double precision NOT NULL, \"maxHoursPerWeek\" double precision NOT NULL, \"maxWorkingDays\" integer NOT NULL, \"minRestHours\" double precision NOT NULL, \"fixedDaysOff\" text NOT NULL, \"isDefault\" boolean NOT NULL DEFAULT false, CONSTRAINT \"UQ_02b0b99d1e789a13daff639b840\" UNIQUE (\"code\"), CONSTRAINT \"PK_b6e11ac47e21eafcab1d5ae00d1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"schedules\" (\"id\" SERIAL NOT NULL, \"weekStart\" character varying(10) NOT NULL, \"timeZone\" character varying(64) NOT NULL, \"queues\" text NOT NULL, \"status\" character varying(16) NOT NULL, \"createdAt\" bigint NOT NULL, \"publishedAt\" bigint, \"error\" text, \"schedule\" text, \"requirement\" text, \"figures\" text, \"rules\" text, CONSTRAINT \"PK_7e33fc2ea755a5765e3564e66dd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_178e14390a23f9d1b96a13a685\" ON \"schedules\"  (\"weekStart\") ");
    await queryRunner.query("CREATE TABLE \"shift_templates\" (\"id\" SERIAL NOT NULL, \"code\" character varying(64) NOT NULL, \"earliestStartMinutes\" integer NOT NULL, \"latestStartMinutes\" integer NOT NULL, \"startStepMinutes\" integer NOT NULL DEFAULT '15', \"lengthsMinutes\" text NOT NULL, \"days\" text, \"breakRules\" text NOT NULL, CONSTRAINT \"UQ_2d4b54fdf4a9ffe3636742fd483\" UNIQUE (\"code\"), CONSTRAINT \"PK_5afc978e7951d5bb48dcddc7a33\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"time_off\" (\"id\" SERIAL NOT NULL, \"agentId\" character varying(200) NOT NULL, \"start\" bigint NOT NULL, \"end\" bigint NOT NULL, \"paidHours\" double precision NOT NULL, \"note\" character varying(200) NOT NULL DEFAULT '', CONSTRAINT \"PK_e80a790cc96026d0f557a78f83d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1f149e5e6c2fceb7da406e92b2\" ON \"time_off\"  (\"agentId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1f149e5e6c2fceb7da406e92b2\"");
    await queryRunner.query("DROP TABLE \"time_off\"");
    await queryRunner.query("DROP TABLE \"shift_templates\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_178e14390a23f9d1b96a13a685\"");
    await queryRunner.query("DROP TABLE \"schedules\"");
    await queryRunner.query("DROP TABLE \"schedule_contracts\"");
    await queryRunner.query("DROP TABLE \"agent_scheduling\"");
    await queryRunner.query("DROP TABLE \"activity_requests\"");
    await queryRunner.query("DROP TABLE \"adherence_tolerances\"");
  }
}
