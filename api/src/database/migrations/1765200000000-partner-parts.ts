import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners update their own part (issue 11): a milestone names the organisation responsible for it, and a
 * capacity line gets a realised amount beside the committed one and a version for optimistic locking.
 * Existing milestones take their action's owner organisation, the same default the API applies when a
 * milestone is added without one. The PARTNER role becomes a valid grant, always with its organisation.
 */
export class PartnerParts1765200000000 implements MigrationInterface {
  name = 'PartnerParts1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE role_assignment DROP CONSTRAINT IF EXISTS role_assignment_role_check;
      ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_role_check
        CHECK (role IN ('ADMIN','BUREAU','DRIVER','CO_DRIVER','MUNICIPALITY','COLLEGE','VIEWER','PARTNER'));
      ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_partner_organisation_check CHECK (role <> 'PARTNER' OR organisation_id IS NOT NULL);
      ALTER TABLE milestone ADD COLUMN organisation_id uuid REFERENCES organisation(id);
      UPDATE milestone m SET organisation_id = a.owner_organisation_id FROM action a WHERE a.id = m.action_id;
      CREATE INDEX milestone_organisation_idx ON milestone (organisation_id);
      ALTER TABLE capacity_commitment ADD COLUMN realised_amount numeric CHECK (realised_amount >= 0);
      ALTER TABLE capacity_commitment ADD COLUMN version integer NOT NULL DEFAULT 1;
      CREATE INDEX capacity_organisation_idx ON capacity_commitment (organisation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX capacity_organisation_idx;
      ALTER TABLE capacity_commitment DROP COLUMN version;
      ALTER TABLE capacity_commitment DROP COLUMN realised_amount;
      DROP INDEX milestone_organisation_idx;
      ALTER TABLE milestone DROP COLUMN organisation_id;
      DELETE FROM role_assignment WHERE role = 'PARTNER';
      ALTER TABLE role_assignment DROP CONSTRAINT role_assignment_partner_organisation_check;
      ALTER TABLE role_assignment DROP CONSTRAINT role_assignment_role_check;
      ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_role_check CHECK (role IN ('ADMIN','BUREAU','DRIVER','CO_DRIVER','MUNICIPALITY','COLLEGE','VIEWER'));
    `);
  }
}
