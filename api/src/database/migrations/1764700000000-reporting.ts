import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting cycle: Regionaal College meetings with agenda items, documents and attendance; report cycles
 * per strategy; progress reports per theme with contributions and frozen versions; decisions and follow-ups.
 */
export class Reporting1764700000000 implements MigrationInterface {
  name = 'Reporting1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE college_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        date date NOT NULL,
        location text,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','HELD','CANCELLED')),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX college_meeting_region_idx ON college_meeting (region_id, date);

      CREATE TABLE report_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        label text NOT NULL,
        meeting_id uuid REFERENCES college_meeting(id),
        contribution_days integer NOT NULL CHECK (contribution_days BETWEEN 0 AND 120),
        sign_off_days integer NOT NULL CHECK (sign_off_days BETWEEN 0 AND 120),
        bureau_check_days integer NOT NULL CHECK (bureau_check_days BETWEEN 0 AND 120),
        papers_out_days integer NOT NULL CHECK (papers_out_days BETWEEN 0 AND 120),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (strategy_id, label)
      );
      CREATE INDEX report_cycle_meeting_idx ON report_cycle (meeting_id);

      CREATE TABLE progress_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES report_cycle(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','CONTRIBUTIONS','SIGNED_OFF','SUBMITTED','DISCUSSED')),
        edition integer NOT NULL DEFAULT 1,
        content jsonb NOT NULL,
        author_user_ids uuid[] NOT NULL DEFAULT '{}',
        signed_off_by uuid REFERENCES user_account(id),
        signed_off_at timestamptz,
        submitted_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (cycle_id, theme_id)
      );
      CREATE INDEX progress_report_theme_idx ON progress_report (theme_id);

      CREATE TABLE report_contribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        author_user_id uuid NOT NULL REFERENCES user_account(id),
        text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (report_id, organisation_id)
      );

      -- A submitted report, frozen: its text, contributions and the pre-fill as its writers saw it.
      CREATE TABLE progress_report_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        edition integer NOT NULL,
        content jsonb NOT NULL,
        contributions jsonb NOT NULL,
        prefill jsonb NOT NULL,
        signed_off_by uuid REFERENCES user_account(id),
        signed_off_at timestamptz,
        submitted_by uuid REFERENCES user_account(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (report_id, edition)
      );

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES college_meeting(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('THEME_REPORT','PROPOSAL','OTHER')),
        title text NOT NULL,
        report_id uuid REFERENCES progress_report(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);
      CREATE UNIQUE INDEX agenda_item_report_idx ON agenda_item (meeting_id, report_id) WHERE report_id IS NOT NULL;

      CREATE TABLE agenda_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES user_account(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX agenda_document_item_idx ON agenda_document (agenda_item_id);

      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES college_meeting(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id),
        region_id uuid NOT NULL REFERENCES region(id),
        present boolean NOT NULL,
        PRIMARY KEY (meeting_id, person_id)
      );

      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES college_meeting(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        kind text NOT NULL CHECK (kind IN ('VASTSTELLEN','INSTEMMEN','KENNISNEMEN','OPDRACHT','TOEZEGGING')),
        text text NOT NULL,
        owner_person_id uuid REFERENCES person(id),
        due_on date,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX decision_meeting_idx ON decision (meeting_id);

      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL UNIQUE REFERENCES decision(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        theme_id uuid REFERENCES theme(id) ON DELETE SET NULL,
        owner_person_id uuid NOT NULL REFERENCES person(id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        closed_on date,
        closing_note text,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX follow_up_owner_idx ON follow_up (owner_person_id) WHERE status = 'OPEN';
      CREATE INDEX follow_up_theme_idx ON follow_up (theme_id) WHERE status = 'OPEN';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE follow_up; DROP TABLE decision; DROP TABLE meeting_attendance; DROP TABLE agenda_document;
      DROP TABLE agenda_item; DROP TABLE progress_report_version; DROP TABLE report_contribution;
      DROP TABLE progress_report; DROP TABLE report_cycle; DROP TABLE college_meeting;
    `);
  }
}
