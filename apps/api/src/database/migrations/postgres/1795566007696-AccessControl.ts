import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795566007696 implements MigrationInterface {
  name = 'AccessControl1795566007696';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" bigint NOT NULL, "actor" character varying(300) NOT NULL, "role" character varying(16), "action" character varying(200) NOT NULL, "target" character varying(200), "details" text NOT NULL, "outcome" character varying(8) NOT NULL, "error" character varying(500), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b24e98ef90e2b356263d4487e4" ON "audit_log"  ("actor") ');
    await queryRunner.query('CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log"  ("action") ');
    await queryRunner.query('CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") ');
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "secretHash" character varying(64) NOT NULL, "hint" character varying(16) NOT NULL, "createdAt" bigint NOT NULL, "createdBy" character varying(100) NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_61b9fd4b1653ad87c7e79a2746" ON "api_keys"  ("secretHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "kiosk_tokens" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "secretHash" character varying(64) NOT NULL, "hint" character varying(16) NOT NULL, "createdAt" bigint NOT NULL, "createdBy" character varying(100) NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint, CONSTRAINT "PK_eadd8974948b06fa520861a4ad6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3502293bfdfecc814247aec04e" ON "kiosk_tokens"  ("secretHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" SERIAL NOT NULL, "tokenHash" character varying(64) NOT NULL, "familyId" character varying(64) NOT NULL, "userId" integer NOT NULL, "createdAt" bigint NOT NULL, "expiresAt" bigint NOT NULL, "revokedAt" bigint, "revokedReason" character varying(16), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c25bc63d248ca90e8dcc1d92d0" ON "refresh_tokens"  ("tokenHash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_610102b60fea1455310ccd299d" ON "refresh_tokens"  ("userId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_40e9a8b923a1b3fb4429a5c624" ON "refresh_tokens"  ("familyId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "server_secrets" ("name" character varying(50) NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_776280895f188bb4dd7028779cd" PRIMARY KEY ("name"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "server_secrets"');
    await queryRunner.query('DROP INDEX "public"."IDX_40e9a8b923a1b3fb4429a5c624"');
    await queryRunner.query('DROP INDEX "public"."IDX_610102b60fea1455310ccd299d"');
    await queryRunner.query('DROP INDEX "public"."IDX_c25bc63d248ca90e8dcc1d92d0"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_3502293bfdfecc814247aec04e"');
    await queryRunner.query('DROP TABLE "kiosk_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_61b9fd4b1653ad87c7e79a2746"');
    await queryRunner.query('DROP TABLE "api_keys"');
    await queryRunner.query('DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"');
    await queryRunner.query('DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"');
    await queryRunner.query('DROP INDEX "public"."IDX_b24e98ef90e2b356263d4487e4"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
