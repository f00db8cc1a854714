import { MigrationInterface, QueryRunner } from 'typeorm';

/** Background jobs with their result files (board packs), and notifications with their mail ledger (reminders). */
export class BoardPack1764800000000 implements MigrationInterface {
  name = 'BoardPack1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE background_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        region_id uuid REFERENCES region(id),
        requested_by_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        input jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        result_file_name text,
        result_content_type text,
        result_data bytea,
        error_message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX background_job_requested_by_idx ON background_job (requested_by_id, created_at DESC);
      CREATE INDEX background_job_unfinished_idx ON background_job (status) WHERE status IN ('QUEUED','RUNNING');

      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        region_id uuid REFERENCES region(id),
        dedupe_key text NOT NULL UNIQUE,
        message_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        mail_subject text,
        mail_text text,
        mail_status text NOT NULL CHECK (mail_status IN ('NONE','PENDING','SENDING','SENT','FAILED')),
        mail_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
      CREATE INDEX notification_pending_mail_idx ON notification (created_at) WHERE mail_status = 'PENDING';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification; DROP TABLE background_job;`);
  }
}
