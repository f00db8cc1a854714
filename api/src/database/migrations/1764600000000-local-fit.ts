import { MigrationInterface, QueryRunner } from 'typeorm';

/** Municipal participation and local fit: IVP register, participation, fit assessments with comments, good practices. */
export class LocalFit1764600000000 implements MigrationInterface {
  name = 'LocalFit1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ivp (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        title text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        adopted_on date,
        link_url text,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX ivp_municipality_idx ON ivp (municipality_id);

      CREATE TABLE ivp_priority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ivp_id uuid NOT NULL REFERENCES ivp(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        title text NOT NULL,
        safety_field text NOT NULL CHECK (safety_field IN ('VEILIGE_WOON_EN_LEEFOMGEVING','BEDRIJVIGHEID_EN_VEILIGHEID','JEUGD_EN_VEILIGHEID','FYSIEKE_VEILIGHEID','INTEGRITEIT_EN_VEILIGHEID')),
        theme_id uuid REFERENCES theme(id) ON DELETE SET NULL,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX ivp_priority_ivp_idx ON ivp_priority (ivp_id);

      CREATE TABLE participation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        action_id uuid REFERENCES action(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('FULL','PARTLY','NOT','OWN_APPROACH')),
        local_approach text,
        local_goal_id uuid REFERENCES goal(id) ON DELETE SET NULL,
        contact_name text,
        capacity_fte numeric,
        budget_euro numeric,
        since date,
        version integer NOT NULL DEFAULT 1
      );
      -- One participation per municipality per theme (action_id null) and per regional action.
      CREATE UNIQUE INDEX participation_unique_idx ON participation (municipality_id, theme_id, COALESCE(action_id, '00000000-0000-0000-0000-000000000000'::uuid));
      CREATE INDEX participation_theme_idx ON participation (theme_id);

      CREATE TABLE local_fit_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        strategy_id uuid NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
        cycle text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('FITS','FITS_WITH_ADAPTATION','DOES_NOT_FIT')),
        reason_problem_size text,
        reason_ivp_match text,
        reason_capacity text,
        adaptation_asked text,
        drafted_by_user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      -- A new row per cycle keeps the history; within a cycle the row is revised (audited, versioned).
      CREATE UNIQUE INDEX local_fit_assessment_cycle_idx ON local_fit_assessment (municipality_id, theme_id, cycle);
      CREATE INDEX local_fit_assessment_theme_idx ON local_fit_assessment (theme_id);

      CREATE TABLE local_fit_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES local_fit_assessment(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX local_fit_comment_assessment_idx ON local_fit_comment (assessment_id);

      CREATE TABLE good_practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        title text NOT NULL,
        description text NOT NULL,
        theme_id uuid REFERENCES theme(id) ON DELETE SET NULL,
        contact text,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX good_practice_region_idx ON good_practice (region_id);

      CREATE TABLE practice_adoption (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES good_practice(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('NOT_STARTED','PREPARING','RUNNING','EMBEDDED','STOPPED')),
        stopped_reason text,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (practice_id, municipality_id)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE practice_adoption; DROP TABLE good_practice; DROP TABLE local_fit_comment; DROP TABLE local_fit_assessment;
      DROP TABLE participation; DROP TABLE ivp_priority; DROP TABLE ivp;
    `);
  }
}
