import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, MunicipalityEntity, UserEntity } from '@regie/api/core';
import { fitAssessmentProblems, renewalCycleProblems } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalFitScopes } from '../local-fit-scope';
import { orNone, readable, regionFilter } from '../readable';
import { refuseOnProblems } from '../rule-problems';
import { LocalFitAssessmentEntity, LocalFitCommentEntity } from './local-fit-assessment.entity';
import { AddLocalFitCommentInput, CreateLocalFitAssessmentInput, NotFittingMunicipality, UpdateLocalFitAssessmentInput } from './local-fit-assessment.model';

const REASONS = ['reasonProblemSize', 'reasonIvpMatch', 'reasonCapacity', 'adaptationAsked'] as const;

/** The newest cycle's assessment per municipality and theme. */
export function currentAssessments(rows: readonly LocalFitAssessmentEntity[]): LocalFitAssessmentEntity[] {
  const newest = new Map<string, LocalFitAssessmentEntity>();
  for (const row of rows) {
    const key = `${row.municipalityId}|${row.themeId}`;
    const seen = newest.get(key);
    if (!seen || row.cycle > seen.cycle) newest.set(key, row);
  }
  return [...newest.values()];
}

/**
 * Where a theme does not simply fit: the newest assessment per municipality with verdict
 * FITS_WITH_ADAPTATION or DOES_NOT_FIT, with reasons and the adaptation asked. For the progress report's
 * pre-fill (reporting), which runs it on its own transaction's manager; no policy check here.
 */
export async function notFittingForTheme(manager: EntityManager, themeId: string): Promise<NotFittingMunicipality[]> {
  const rows = currentAssessments(await manager.findBy(LocalFitAssessmentEntity, { themeId })).filter((row) => row.verdict !== 'FITS');
  const municipalities = rows.length ? await manager.findBy(MunicipalityEntity, { id: In(rows.map((row) => row.municipalityId)) }) : [];
  const nameOf = new Map(municipalities.map((m) => [m.id, m.name]));
  return rows
    .map((row) => ({
      assessmentId: row.id,
      municipalityId: row.municipalityId,
      municipalityName: nameOf.get(row.municipalityId) ?? '',
      cycle: row.cycle,
      verdict: row.verdict as NotFittingMunicipality['verdict'],
      reasonProblemSize: row.reasonProblemSize,
      reasonIvpMatch: row.reasonIvpMatch,
      reasonCapacity: row.reasonCapacity,
      adaptationAsked: row.adaptationAsked,
    }))
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl'));
}

/** Fit assessments: drafted by the municipality official, commented on by the theme's drivers and the bureau. */
@Injectable()
export class LocalFitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: LocalFitScopes,
  ) {}

  /** All cycles (history included), newest cycle first, within the regions the actor may read. */
  async assessments(actor: Actor, filter: { municipalityId?: string | null; themeId?: string | null }): Promise<LocalFitAssessmentEntity[]> {
    const regions = regionFilter(actor);
    const query = this.dataSource.getRepository(LocalFitAssessmentEntity).createQueryBuilder('a').orderBy('a.cycle', 'DESC').addOrderBy('a.municipality_id').addOrderBy('a.theme_id');
    if (regions) query.andWhere('a.region_id IN (:...regions)', { regions: orNone(regions) });
    if (filter.municipalityId) query.andWhere('a.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.themeId) query.andWhere('a.theme_id = :themeId', { themeId: filter.themeId });
    return readable(actor, 'LocalFitAssessment', await query.getMany());
  }

  create(actor: Actor, input: CreateLocalFitAssessmentInput): Promise<LocalFitAssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { municipality, theme } = await this.scopes.municipalityAndTheme(manager, input.municipalityId, input.themeId);
      authorize(actor, 'create', 'LocalFitAssessment', { regionId: municipality.regionId, municipalityId: municipality.id, themeId: theme.id });
      refuseOnProblems(fitAssessmentProblems(input));
      // A renewal is for a later cycle than every earlier one, so the newest cycle is always the latest renewal.
      const earlier = await manager.find(LocalFitAssessmentEntity, { select: { cycle: true }, where: { municipalityId: municipality.id, themeId: theme.id } });
      refuseOnProblems(renewalCycleProblems(input.cycle, earlier.map((row) => row.cycle)));
      const values = { ...definedFields(input, [...REASONS]), municipalityId: municipality.id, themeId: theme.id, strategyId: theme.strategyId, regionId: municipality.regionId, cycle: input.cycle, verdict: input.verdict };
      return this.writes.create(manager, actor, LocalFitAssessmentEntity, { ...values, draftedByUserId: actor.principal?.userId || null }, { entityType: 'LocalFitAssessment', regionId: municipality.regionId });
    });
  }

  update(actor: Actor, input: UpdateLocalFitAssessmentInput): Promise<LocalFitAssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, LocalFitAssessmentEntity, input.id, 'LocalFitAssessment');
      authorize(actor, 'update', 'LocalFitAssessment', before);
      const changes: Partial<LocalFitAssessmentEntity> = { ...definedFields(input, ['verdict', ...REASONS]) };
      refuseOnProblems(fitAssessmentProblems({ ...before, ...changes }));
      return this.writes.update(manager, actor, LocalFitAssessmentEntity, before, input.version, { ...changes, updatedAt: new Date(), draftedByUserId: actor.principal?.userId || null }, {
        entityType: 'LocalFitAssessment',
        regionId: before.regionId,
      });
    });
  }

  addComment(actor: Actor, input: AddLocalFitCommentInput): Promise<LocalFitCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.scopes.found(manager, LocalFitAssessmentEntity, input.assessmentId, 'LocalFitAssessment');
      authorize(actor, 'create', 'LocalFitComment', { regionId: assessment.regionId, themeId: assessment.themeId, municipalityId: assessment.municipalityId });
      const author = actor.principal?.userId ? await manager.findOneBy(UserEntity, { id: actor.principal.userId }) : null;
      return this.writes.create(
        manager,
        actor,
        LocalFitCommentEntity,
        { assessmentId: assessment.id, regionId: assessment.regionId, themeId: assessment.themeId, authorUserId: author?.id ?? null, authorName: author?.name ?? 'Regie', body: input.body.trim() },
        { entityType: 'LocalFitComment', regionId: assessment.regionId },
      );
    });
  }

  /** See {@link notFittingForTheme}; the caller has already checked that its actor may read the theme. */
  notFittingForTheme(themeId: string, manager: EntityManager = this.dataSource.manager): Promise<NotFittingMunicipality[]> {
    return notFittingForTheme(manager, themeId);
  }

  /** Batch reads for the DataLoaders. */
  ofThemes(themeIds: readonly string[]): Promise<LocalFitAssessmentEntity[]> {
    return this.dataSource.getRepository(LocalFitAssessmentEntity).findBy({ themeId: In([...themeIds]) });
  }

  /** Display names of the users who drafted assessments, for the history ("who"). */
  async userNames(userIds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In([...userIds]) } });
  }

  commentsOf(assessmentIds: readonly string[]): Promise<LocalFitCommentEntity[]> {
    return this.dataSource.getRepository(LocalFitCommentEntity).find({ where: { assessmentId: In([...assessmentIds]) }, order: { createdAt: 'ASC' } });
  }
}
