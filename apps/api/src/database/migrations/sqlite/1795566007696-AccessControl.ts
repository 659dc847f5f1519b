import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795566007696 implements MigrationInterface {
  name = 'AccessControl1795566007696';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" bigint NOT NULL, "actor" varchar(300) NOT NULL, "role" varchar(16), "action" varchar(200) NOT NULL, "target" varchar(200), "details" text NOT NULL, "outcome" varchar(8) NOT NULL, "error" varchar(500))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b24e98ef90e2b356263d4487e4" ON "audit_log" ("actor") ');
    await queryRunner.query('CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log" ("action") ');
    await queryRunner.query('CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at") ');
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "secretHash" varchar(64) NOT NULL, "hint" varchar(16) NOT NULL, "createdAt" bigint NOT NULL, "createdBy" varchar(100) NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_61b9fd4b1653ad87c7e79a2746" ON "api_keys" ("secretHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "kiosk_tokens" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "secretHash" varchar(64) NOT NULL, "hint" varchar(16) NOT NULL, "createdAt" bigint NOT NULL, "createdBy" varchar(100) NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3502293bfdfecc814247aec04e" ON "kiosk_tokens" ("secretHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tokenHash" varchar(64) NOT NULL, "familyId" varchar(64) NOT NULL, "userId" integer NOT NULL, "createdAt" bigint NOT NULL, "expiresAt" bigint NOT NULL, "revokedAt" bigint, "revokedReason" varchar(16))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c25bc63d248ca90e8dcc1d92d0" ON "refresh_tokens" ("tokenHash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_610102b60fea1455310ccd299d" ON "refresh_tokens" ("userId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_40e9a8b923a1b3fb4429a5c624" ON "refresh_tokens" ("familyId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "server_secrets" ("name" varchar(50) PRIMARY KEY NOT NULL, "value" text NOT NULL)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "server_secrets"');
    await queryRunner.query('DROP INDEX "IDX_40e9a8b923a1b3fb4429a5c624"');
    await queryRunner.query('DROP INDEX "IDX_610102b60fea1455310ccd299d"');
    await queryRunner.query('DROP INDEX "IDX_c25bc63d248ca90e8dcc1d92d0"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "IDX_3502293bfdfecc814247aec04e"');
    await queryRunner.query('DROP TABLE "kiosk_tokens"');
    await queryRunner.query('DROP INDEX "IDX_61b9fd4b1653ad87c7e79a2746"');
    await queryRunner.query('DROP TABLE "api_keys"');
    await queryRunner.query('DROP INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5"');
    await queryRunner.query('DROP INDEX "IDX_951e6339a77994dfbad976b35c"');
    await queryRunner.query('DROP INDEX "IDX_b24e98ef90e2b356263d4487e4"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
