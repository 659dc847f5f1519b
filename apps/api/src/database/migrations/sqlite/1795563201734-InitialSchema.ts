import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795563201734 implements MigrationInterface {
  name = 'InitialSchema1795563201734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sites" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, CONSTRAINT "UQ_7a7dbd4513de54a315d97e1a7de" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(100) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "agentId" varchar(200), "passwordHash" text, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"))',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc" FOREIGN KEY ("siteId") REFERENCES "sites" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_teams"("id", "name", "siteId") SELECT "id", "name", "siteId" FROM "teams"',
    );
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('ALTER TABLE "temporary_teams" RENAME TO "teams"');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query(
      'CREATE TABLE "temporary_agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer, CONSTRAINT "FK_43f3ea83ede26538d0bed542023" FOREIGN KEY ("teamId") REFERENCES "teams" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agents"("id", "agentId", "name", "teamId") SELECT "id", "agentId", "name", "teamId" FROM "agents"',
    );
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('ALTER TABLE "temporary_agents" RENAME TO "agents"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query(
      'CREATE TABLE "temporary_queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer, CONSTRAINT "FK_45aef8b1cd941163862ccf20bde" FOREIGN KEY ("siteId") REFERENCES "sites" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_queues"("id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds") SELECT "id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds" FROM "queues"',
    );
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('ALTER TABLE "temporary_queues" RENAME TO "queues"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1" FOREIGN KEY ("agentRef") REFERENCES "agents" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_38a7028aa279722b5c1a4df4988" FOREIGN KEY ("queueId") REFERENCES "queues" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agent_skills"("agentRef", "queueId", "proficiency") SELECT "agentRef", "queueId", "proficiency" FROM "agent_skills"',
    );
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('ALTER TABLE "temporary_agent_skills" RENAME TO "agent_skills"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agent_skills" RENAME TO "temporary_agent_skills"');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'INSERT INTO "agent_skills"("agentRef", "queueId", "proficiency") SELECT "agentRef", "queueId", "proficiency" FROM "temporary_agent_skills"',
    );
    await queryRunner.query('DROP TABLE "temporary_agent_skills"');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('ALTER TABLE "queues" RENAME TO "temporary_queues"');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "channel" varchar(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" varchar(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "queues"("id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds") SELECT "id", "name", "channel", "siteId", "slThresholdSeconds", "slTarget", "slVariant", "shortAbandonSeconds", "claimSlaHours", "alertMaxDepth", "alertMaxWaitSeconds" FROM "temporary_queues"',
    );
    await queryRunner.query('DROP TABLE "temporary_queues"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues" ("name") ');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('ALTER TABLE "agents" RENAME TO "temporary_agents"');
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agentId" varchar(200) NOT NULL, "name" varchar(200) NOT NULL, "teamId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "agents"("id", "agentId", "name", "teamId") SELECT "id", "agentId", "name", "teamId" FROM "temporary_agents"',
    );
    await queryRunner.query('DROP TABLE "temporary_agents"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents" ("agentId") ');
    await queryRunner.query('ALTER TABLE "teams" RENAME TO "temporary_teams"');
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "teams"("id", "name", "siteId") SELECT "id", "name", "siteId" FROM "temporary_teams"',
    );
    await queryRunner.query('DROP TABLE "temporary_teams"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('DROP INDEX "IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('DROP INDEX "IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('DROP TABLE "sites"');
  }
}
