import { MigrationInterface, QueryRunner } from 'typeorm';

/** The IVP register records the council's decision reference and may keep the plan itself as a file (PDF or DOCX). */
export class IvpRegister1764920000000 implements MigrationInterface {
  name = 'IvpRegister1764920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ivp
        ADD COLUMN adoption_reference text,
        ADD COLUMN document_file_name text,
        ADD COLUMN document_media_type text,
        ADD COLUMN document_size_bytes integer,
        ADD COLUMN document_content bytea;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ivp
        DROP COLUMN document_content,
        DROP COLUMN document_size_bytes,
        DROP COLUMN document_media_type,
        DROP COLUMN document_file_name,
        DROP COLUMN adoption_reference;
    `);
  }
}
