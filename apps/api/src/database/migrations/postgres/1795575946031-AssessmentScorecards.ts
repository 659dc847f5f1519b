import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssessmentScorecards1795575946031 implements MigrationInterface {
  name = 'AssessmentScorecards1795575946031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"assessment_sets\" (\"id\" SERIAL NOT NULL, \"name\" character varying(200) NOT NULL, \"ownerUserId\" integer NOT NULL, \"criteria\" text NOT NULL, \"fromMonth\" character varying(7), \"toMonth\" character varying(7), \"updatedAt\" bigint NOT NULL, CONSTRAINT \"PK_ccf432d325fbec170794618a7d8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0d8001d1d0714f66e745b73ae9\" ON \"assessment_sets\"  (\"ownerUserId\") ");
    await queryRunner.query("CREATE TABLE \"frozen_scorecards\" (\"setId\" integer NOT NULL, \"month\" character varying(7) NOT NULL, \"frozenAt\" bigint NOT NULL, \"definitions\" text NOT NULL, \"figures\" text NOT NULL, CONSTRAINT \"PK_f997ed5a84441a3cc98ea9ed51f\" PRIMARY KEY (\"setId\", \"month\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"frozen_scorecards\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0d8001d1d0714f66e745b73ae9\"");
    await queryRunner.query("DROP TABLE \"assessment_sets\"");
  }
}
