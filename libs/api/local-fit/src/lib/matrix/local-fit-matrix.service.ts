import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, authorize, MunicipalityEntity } from '@regie/api/core';
import { StrategyEntity, ThemeEntity } from '@regie/api/strategy';
import { sizeClassOf } from '@regie/domain';
import { DataSource } from 'typeorm';
import { LocalFitMatrix } from './local-fit-matrix.model';

interface MatrixSqlRow {
  municipality: { id: string; regionId: string; name: string; slug: string; cbsCode: string; population: number | null; websiteUrl: string | null; version: number };
  cells: Array<{ themeId: string; participation: string | null; verdict: string | null; cycle: string | null; assessmentId: string | null }>;
}

/**
 * The themes × municipalities matrix: one hand-written SQL statement aggregating, per municipality, the
 * theme-level participation and the newest fit assessment of every theme of the strategy — so the number of
 * statements stays the same for 29 municipalities or 342 (a hot read screen; pinned by a test).
 */
const MATRIX_SQL = `
  SELECT json_build_object('id', m.id, 'regionId', m.region_id, 'name', m.name, 'slug', m.slug, 'cbsCode', m.cbs_code,
                           'population', m.population, 'websiteUrl', m.website_url, 'version', m.version) AS municipality,
         (SELECT json_agg(json_build_object('themeId', t.id, 'participation', p.level, 'verdict', a.verdict, 'cycle', a.cycle, 'assessmentId', a.id) ORDER BY t.position)
            FROM theme t
            LEFT JOIN participation p ON p.theme_id = t.id AND p.municipality_id = m.id AND p.action_id IS NULL
            LEFT JOIN LATERAL (SELECT id, verdict, cycle FROM local_fit_assessment
                                WHERE theme_id = t.id AND municipality_id = m.id ORDER BY cycle DESC LIMIT 1) a ON true
           WHERE t.strategy_id = s.id) AS cells,
         (SELECT json_agg(t ORDER BY t.position) FROM (SELECT id, strategy_id AS "strategyId", region_id AS "regionId", slug, name, description, examples,
                 safety_fields AS "safetyFields", position, version FROM theme WHERE strategy_id = s.id) t) AS themes
    FROM strategy s
    JOIN municipality m ON m.region_id = s.region_id
   WHERE s.id = $1
   ORDER BY m.name`;

@Injectable()
export class LocalFitMatrixService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async matrix(actor: Actor, strategyId: string): Promise<LocalFitMatrix | null> {
    const rows: Array<MatrixSqlRow & { themes: ThemeEntity[] | null }> = await this.dataSource.query(MATRIX_SQL, [strategyId]);
    if (!rows.length) {
      // No municipalities or no such strategy: one more lookup to tell which, and to check the region.
      const strategy = await this.dataSource.getRepository(StrategyEntity).findOneBy({ id: strategyId });
      if (!strategy) return null;
      authorize(actor, 'read', 'LocalFitAssessment', { regionId: strategy.regionId });
      return { strategyId, themes: await this.dataSource.getRepository(ThemeEntity).find({ where: { strategyId }, order: { position: 'ASC' } }), rows: [] };
    }
    authorize(actor, 'read', 'LocalFitAssessment', { regionId: rows[0].municipality.regionId });
    authorize(actor, 'read', 'Participation', { regionId: rows[0].municipality.regionId });
    return {
      strategyId,
      themes: rows[0].themes ?? [],
      rows: rows.map((row) => ({ municipality: row.municipality as MunicipalityEntity, sizeClass: sizeClassOf(row.municipality.population), cells: row.cells ?? [] })),
    };
  }
}
