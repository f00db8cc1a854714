import { EntityManager } from 'typeorm';
import { HeldItem } from './handover.models';

/**
 * What a person holds, in one statement: mandates in force (or starting later), actions they own that
 * are not done, open follow-ups, and — informative, they follow the mandate — report tasks their
 * account still has to do (a co-driver's missing contribution, a driver's sign-off).
 */
export async function heldItemsOf(manager: EntityManager, personId: string, today: string): Promise<HeldItem[]> {
  const rows = (await manager.query(
    `SELECT 'MANDATE' AS kind, m.id, m.version, t.name AS title, t.id AS theme_id, t.name AS theme_name, m.role AS detail, m.starts_on::text AS date, 1 AS ord
       FROM theme_mandate m JOIN theme t ON t.id = m.theme_id
      WHERE m.person_id = $1 AND (m.ends_on IS NULL OR m.ends_on >= $2::date)
     UNION ALL
     SELECT 'ACTION', a.id, a.version, a.title, t.id, t.name, a.status, a.ends_on::text, 2
       FROM action a JOIN theme t ON t.id = a.theme_id
      WHERE a.owner_person_id = $1 AND a.status <> 'DONE'
     UNION ALL
     SELECT 'FOLLOW_UP', f.id, f.version, d.text, t.id, t.name, NULL, f.due_on::text, 3
       FROM follow_up f JOIN decision d ON d.id = f.decision_id LEFT JOIN theme t ON t.id = f.theme_id
      WHERE f.owner_person_id = $1 AND f.status = 'OPEN'
     UNION ALL
     SELECT CASE WHEN g.role = 'DRIVER' THEN 'PENDING_SIGN_OFF' ELSE 'PENDING_CONTRIBUTION' END, r.id, r.version, t.name, t.id, t.name, c.label, NULL, 4
       FROM user_account u
       JOIN role_assignment g ON g.user_id = u.id AND g.role IN ('DRIVER', 'CO_DRIVER')
       JOIN progress_report r ON r.theme_id = g.theme_id AND r.status IN ('DRAFT', 'CONTRIBUTIONS')
       JOIN report_cycle c ON c.id = r.cycle_id
       JOIN theme t ON t.id = r.theme_id
      WHERE u.person_id = $1
        AND (g.role = 'DRIVER' OR NOT EXISTS (SELECT 1 FROM report_contribution rc WHERE rc.report_id = r.id AND rc.organisation_id = g.organisation_id))
     ORDER BY ord, theme_name NULLS LAST, date NULLS LAST, title`,
    [personId, today],
  )) as { kind: HeldItem['kind']; id: string; version: number; title: string; theme_id: string | null; theme_name: string | null; detail: string | null; date: string | null }[];
  return rows.map((row) => ({ kind: row.kind, id: row.id, version: row.version, title: row.title, themeId: row.theme_id, themeName: row.theme_name, detail: row.detail, date: row.date }));
}
