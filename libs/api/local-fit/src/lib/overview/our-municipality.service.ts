import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, authorize, MunicipalityEntity } from '@regie/api/core';
import { compareWithSizeClass, fitCycleOf, sizeClassOf } from '@regie/domain';
import { DataSource } from 'typeorm';
import { IndicatorComparison, OurMunicipality } from './our-municipality.model';

interface LatestRow {
  indicatorId: string;
  indicatorName: string;
  unit: string | null;
  direction: string;
  themeId: string;
  period: string;
  value: number;
  municipalityId: string | null;
  population: number | null;
}

/** Every municipality's and the region's value for the newest period in which this municipality has one. */
const LATEST_SQL = `
  WITH own_latest AS (
    SELECT DISTINCT ON (indicator_id) indicator_id, period_end FROM measurement
     WHERE municipality_id = $1 ORDER BY indicator_id, period_end DESC)
  SELECT i.id AS "indicatorId", i.name AS "indicatorName", i.unit, i.direction, g.theme_id AS "themeId",
         me.period, me.value::float8 AS value, me.municipality_id AS "municipalityId", mu.population
    FROM own_latest l
    JOIN indicator i ON i.id = l.indicator_id
    JOIN goal g ON g.id = i.goal_id
    JOIN theme t ON t.id = g.theme_id
    JOIN measurement me ON me.indicator_id = l.indicator_id AND me.period_end = l.period_end
    LEFT JOIN municipality mu ON mu.id = me.municipality_id
   WHERE me.region_id = $2
   ORDER BY t.position, g.position, i.name`;

/** The "Onze gemeente" page: the municipality with its size class and its figures among its peers. */
@Injectable()
export class OurMunicipalityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(actor: Actor, municipalityId: string): Promise<OurMunicipality | null> {
    const municipality = await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ id: municipalityId });
    if (!municipality) return null;
    authorize(actor, 'read', 'Municipality', { id: municipality.id, regionId: municipality.regionId });
    const sizeClass = sizeClassOf(municipality.population);
    const peers = await this.dataSource.getRepository(MunicipalityEntity).findBy({ regionId: municipality.regionId });
    const peerCount = sizeClass ? peers.filter((peer) => peer.id !== municipality.id && sizeClassOf(peer.population) === sizeClass).length : 0;
    return { id: municipality.id, municipality, sizeClass, peerCount, currentCycle: fitCycleOf(), regionId: municipality.regionId };
  }

  /** Own value, regional value and the size-class average, per indicator, from one SQL statement. */
  async indicatorComparisons(overview: OurMunicipality): Promise<IndicatorComparison[]> {
    const rows: LatestRow[] = await this.dataSource.query(LATEST_SQL, [overview.id, overview.regionId]);
    const byIndicator = new Map<string, LatestRow[]>();
    for (const row of rows) byIndicator.set(row.indicatorId, [...(byIndicator.get(row.indicatorId) ?? []), row]);
    return [...byIndicator.values()].map((group) => {
      const [first] = group;
      const municipal = group.filter((row) => row.municipalityId !== null).map((row) => ({ municipalityId: row.municipalityId as string, population: row.population, value: row.value }));
      const comparison = compareWithSizeClass(overview.id, overview.municipality.population, municipal);
      return {
        indicatorId: first.indicatorId,
        indicatorName: first.indicatorName,
        unit: first.unit,
        direction: first.direction,
        themeId: first.themeId,
        period: first.period,
        value: comparison.value,
        regionalValue: group.find((row) => row.municipalityId === null)?.value ?? null,
        peerAverage: comparison.peerAverage === null ? null : Math.round(comparison.peerAverage * 10) / 10,
        peerCount: comparison.peerCount,
      };
    });
  }
}
