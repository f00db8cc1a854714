import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bureau's marks on overlap signals ("besproken/afgehandeld"). Signals are still computed on read; a mark
 * is kept per region under the signal's key, a sha256 of its kind and involved ids, so it lapses when those
 * facts change (see docs/adr/0005-local-fit-renewal-and-overlap-handling.md).
 */
export class OverlapSignalHandling1764930000000 implements MigrationInterface {
  name = 'OverlapSignalHandling1764930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE overlap_signal_handling (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        signal_key text NOT NULL CHECK (signal_key ~ '^[0-9a-f]{64}$'),
        kind text NOT NULL CHECK (kind IN ('LOCAL_APPROACH_DUPLICATES_ACTION','ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES')),
        note text NOT NULL,
        handled_by_user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        handled_by_name text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (region_id, signal_key)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE overlap_signal_handling;`);
  }
}
