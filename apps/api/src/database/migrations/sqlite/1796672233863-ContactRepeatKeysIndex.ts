import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactRepeatKeysIndex1796672233863 implements MigrationInterface {
  name = 'ContactRepeatKeysIndex1796672233863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_61dcd44431e1cbc8abf45a2ddd"');
    await queryRunner.query(
      'CREATE INDEX "IDX_09d2a73121328d002669bc70b1" ON "contacts" ("customerId", "offeredAt", "contactId", "repeatWithin7Days") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_09d2a73121328d002669bc70b1"');
    await queryRunner.query(
      'CREATE INDEX "IDX_61dcd44431e1cbc8abf45a2ddd" ON "contacts" ("customerId", "offeredAt") ',
    );
  }
}
