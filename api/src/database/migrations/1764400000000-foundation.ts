import { MigrationInterface, QueryRunner } from 'typeorm';

/** Directory, accounts, sessions, audit trail, strategies, themes and mandates. */
export class Foundation1764400000000 implements MigrationInterface {
  name = 'Foundation1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        slug text NOT NULL,
        cbs_code text NOT NULL UNIQUE,
        population integer CHECK (population >= 0),
        website_url text,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (region_id, slug)
      );
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY','POLICE','PUBLIC_PROSECUTION','SAFETY_REGION','PROGRAMME_BUREAU','PARTNER')),
        municipality_id uuid REFERENCES municipality(id),
        UNIQUE (region_id, name)
      );
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        function_title text,
        organisation_id uuid REFERENCES organisation(id)
      );
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text,
        oidc_subject text UNIQUE,
        person_id uuid REFERENCES person(id),
        active boolean NOT NULL DEFAULT true,
        demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        title text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end > period_start),
        status text NOT NULL CHECK (status IN ('DRAFT','ADOPTED','REVISED','CLOSED')),
        adopted_on date,
        adopted_by text,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX strategy_region_idx ON strategy (region_id);
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        slug text NOT NULL,
        name text NOT NULL,
        description text,
        examples text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (strategy_id, slug)
      );
      CREATE TABLE theme_mandate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL CHECK (role IN ('DRIVER','CO_DRIVER')),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX theme_mandate_theme_idx ON theme_mandate (theme_id);
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ADMIN','BUREAU','DRIVER','CO_DRIVER','MUNICIPALITY','COLLEGE','VIEWER')),
        region_id uuid REFERENCES region(id),
        theme_id uuid REFERENCES theme(id),
        municipality_id uuid REFERENCES municipality(id),
        organisation_id uuid REFERENCES organisation(id),
        CHECK (role = 'ADMIN' OR region_id IS NOT NULL),
        CHECK (role NOT IN ('DRIVER','CO_DRIVER') OR theme_id IS NOT NULL),
        CHECK (role <> 'MUNICIPALITY' OR municipality_id IS NOT NULL)
      );
      CREATE INDEX role_assignment_user_idx ON role_assignment (user_id);
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text
      );
      CREATE INDEX user_session_expires_idx ON user_session (expires_at);
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt (email, attempted_at);
      CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at);
      CREATE TABLE oidc_login_state (
        state text PRIMARY KEY,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES user_account(id),
        region_id uuid REFERENCES region(id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        request_id text
      );
      CREATE INDEX audit_event_region_idx ON audit_event (region_id, id DESC);
      CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_event is append-only'; END;
      $$;
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_event; DROP FUNCTION audit_event_append_only();
      DROP TABLE oidc_login_state; DROP TABLE login_attempt; DROP TABLE user_session; DROP TABLE role_assignment;
      DROP TABLE theme_mandate; DROP TABLE theme; DROP TABLE strategy; DROP TABLE user_account;
      DROP TABLE person; DROP TABLE organisation; DROP TABLE municipality; DROP TABLE region;
    `);
  }
}
