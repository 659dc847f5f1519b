import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795563201734 implements MigrationInterface {
  name = 'InitialSchema1795563201734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sites" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "timeZone" character varying(64) NOT NULL, CONSTRAINT "UQ_7a7dbd4513de54a315d97e1a7de" UNIQUE ("name"), CONSTRAINT "PK_4f5eccb1dfde10c9170502595a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "siteId" integer NOT NULL, CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agents" ("id" SERIAL NOT NULL, "agentId" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "teamId" integer, CONSTRAINT "PK_9c653f28ae19c5884d5baf6a1d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_49c61d9abe4282f87c1593c0d0" ON "agents"  ("agentId") ');
    await queryRunner.query(
      'CREATE TABLE "queues" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "channel" character varying(16) NOT NULL, "siteId" integer NOT NULL, "slThresholdSeconds" integer NOT NULL, "slTarget" double precision NOT NULL, "slVariant" character varying(32) NOT NULL, "shortAbandonSeconds" integer NOT NULL, "claimSlaHours" integer NOT NULL, "alertMaxDepth" integer, "alertMaxWaitSeconds" integer, CONSTRAINT "PK_d966f9eb39a9396658387071bb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a290d70c28ba7f1c5d2600da84" ON "queues"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "agent_skills" ("agentRef" integer NOT NULL, "queueId" integer NOT NULL, "proficiency" double precision NOT NULL, CONSTRAINT "PK_1acaa836e0234e86ff2cc7f9d8f" PRIMARY KEY ("agentRef", "queueId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" SERIAL NOT NULL, "username" character varying(100) NOT NULL, "displayName" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "agentId" character varying(200), "passwordHash" text, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "teams" ADD CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agents" ADD CONSTRAINT "FK_43f3ea83ede26538d0bed542023" FOREIGN KEY ("teamId") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "queues" ADD CONSTRAINT "FK_45aef8b1cd941163862ccf20bde" FOREIGN KEY ("siteId") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_skills" ADD CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1" FOREIGN KEY ("agentRef") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_skills" ADD CONSTRAINT "FK_38a7028aa279722b5c1a4df4988" FOREIGN KEY ("queueId") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agent_skills" DROP CONSTRAINT "FK_38a7028aa279722b5c1a4df4988"');
    await queryRunner.query('ALTER TABLE "agent_skills" DROP CONSTRAINT "FK_d4d1ad103fc5ff48f873af443f1"');
    await queryRunner.query('ALTER TABLE "queues" DROP CONSTRAINT "FK_45aef8b1cd941163862ccf20bde"');
    await queryRunner.query('ALTER TABLE "agents" DROP CONSTRAINT "FK_43f3ea83ede26538d0bed542023"');
    await queryRunner.query('ALTER TABLE "teams" DROP CONSTRAINT "FK_127ab9f1bedcb2294ec21fe23dc"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "agent_skills"');
    await queryRunner.query('DROP INDEX "public"."IDX_a290d70c28ba7f1c5d2600da84"');
    await queryRunner.query('DROP TABLE "queues"');
    await queryRunner.query('DROP INDEX "public"."IDX_49c61d9abe4282f87c1593c0d0"');
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('DROP TABLE "sites"');
  }
}
