import { MigrationInterface, QueryRunner } from 'typeorm';

/** Drivers' written mandates, goals, indicators, measurements and actions with milestones, capacity and budget. */
export class StrategyStructure1764500000000 implements MigrationInterface {
  name = 'StrategyStructure1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE theme ADD COLUMN safety_fields text[] NOT NULL DEFAULT '{}';
      ALTER TABLE theme_mandate
        ADD COLUMN region_id uuid REFERENCES region(id),
        ADD COLUMN tasks text,
        ADD COLUMN responsibilities text,
        ADD COLUMN powers text,
        ADD COLUMN version integer NOT NULL DEFAULT 1;
      UPDATE theme_mandate m SET region_id = t.region_id FROM theme t WHERE t.id = m.theme_id;
      ALTER TABLE theme_mandate ALTER COLUMN region_id SET NOT NULL;

      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        title text NOT NULL,
        description text,
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX goal_theme_idx ON goal (theme_id);

      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        definition text,
        unit text,
        source text,
        direction text NOT NULL CHECK (direction IN ('LOWER_IS_BETTER','HIGHER_IS_BETTER')),
        level text NOT NULL CHECK (level IN ('REGION','MUNICIPALITY')),
        cadence text NOT NULL CHECK (cadence IN ('YEARLY','HALF_YEARLY','TERTIAL','QUARTERLY','MONTHLY')),
        baseline_value numeric,
        baseline_period text,
        target_value numeric,
        target_deadline date,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX indicator_goal_idx ON indicator (goal_id);

      CREATE TABLE measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid REFERENCES municipality(id),
        period text NOT NULL,
        period_end date NOT NULL,
        value numeric NOT NULL,
        source text,
        note text,
        version integer NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX measurement_unique_idx ON measurement (indicator_id, coalesce(municipality_id, '00000000-0000-0000-0000-000000000000'::uuid), period);
      CREATE INDEX measurement_latest_idx ON measurement (indicator_id, period_end DESC);

      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        title text NOT NULL,
        description text,
        owner_organisation_id uuid REFERENCES organisation(id),
        owner_person_id uuid REFERENCES person(id),
        phase text NOT NULL CHECK (phase IN ('ANALYSIS','PLAN','EXECUTION','EMBEDDING','CLOSED')),
        status text NOT NULL CHECK (status IN ('ON_TRACK','AT_RISK','OFF_TRACK','NOT_STARTED','DONE')),
        analysis text,
        starts_on date,
        ends_on date CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX action_theme_idx ON action (theme_id);
      CREATE TABLE action_goal (
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, goal_id)
      );
      CREATE INDEX action_goal_goal_idx ON action_goal (goal_id);
      CREATE TABLE action_partner (
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (action_id, organisation_id)
      );
      CREATE TABLE action_municipality (
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        PRIMARY KEY (action_id, municipality_id)
      );
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        title text NOT NULL,
        due_on date NOT NULL,
        done_on date,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX milestone_action_idx ON milestone (action_id, due_on);
      CREATE TABLE capacity_commitment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        period text NOT NULL,
        amount numeric NOT NULL CHECK (amount >= 0),
        unit text NOT NULL CHECK (unit IN ('HOURS','FTE')),
        note text
      );
      CREATE INDEX capacity_action_idx ON capacity_commitment (action_id);
      CREATE TABLE budget_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id),
        funding_source text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        committed numeric(14,2) NOT NULL CHECK (committed >= 0),
        spent numeric(14,2) NOT NULL DEFAULT 0 CHECK (spent >= 0),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX budget_line_action_idx ON budget_line (action_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE budget_line; DROP TABLE capacity_commitment; DROP TABLE milestone;
      DROP TABLE action_municipality; DROP TABLE action_partner; DROP TABLE action_goal; DROP TABLE action;
      DROP TABLE measurement; DROP TABLE indicator; DROP TABLE goal;
      ALTER TABLE theme_mandate DROP COLUMN region_id, DROP COLUMN tasks, DROP COLUMN responsibilities, DROP COLUMN powers, DROP COLUMN version;
      ALTER TABLE theme DROP COLUMN safety_fields;
    `);
  }
}
