import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, ConflictError, NotFoundError, OrganisationEntity, ValidationError } from '@regie/api/core';
import { isEditable, isPublished, normaliseDimensions, ReportContent, reportContentProblems, ReportPrefill } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CollegeMeetingEntity } from '../meetings/college-meeting.entity';
import { prefillScope, ReportPrefillService } from '../prefill/report-prefill.service';
import { ReportingScopes, todayIso } from '../reporting-scope';
import { ReportCycleEntity } from '../cycles/report-cycle.entity';
import { ProgressReportEntity, ProgressReportVersionEntity, ReportContributionEntity } from './progress-report.entity';
import { ContributeInput, UpdateProgressReportInput } from './report.model';
import { canReadReport, ReadableReport, readableReport, reportSubject } from './report-reading';

export { canReadReport, reportSubject } from './report-reading';

const frozenRefusal = () =>
  new ValidationError([{ field: 'status', messageKey: 'reporting.errors.frozen', message: 'A signed-off or submitted report is frozen; correct it to make a new version.' }]);

/** Reading and writing one progress report and its contributions. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: ReportingScopes,
    private readonly prefills: ReportPrefillService,
  ) {}

  /** The report, or for readers of submitted reports only, while it is corrected, its last submitted version. */
  async byId(actor: Actor, id: string): Promise<ReadableReport | null> {
    const report = await this.dataSource.getRepository(ProgressReportEntity).findOneBy({ id });
    if (!report || canReadReport(actor, report)) return report;
    const [latest] = await this.versionsOf([report.id]);
    const readable = readableReport(actor, report, latest);
    if (!readable) authorize(actor, 'read', 'ProgressReport', reportSubject(report));
    return readable;
  }

  byIds(ids: readonly string[]) {
    return this.dataSource.getRepository(ProgressReportEntity).findBy({ id: In([...ids]) });
  }
  ofCycles(cycleIds: readonly string[]) {
    return this.dataSource.getRepository(ProgressReportEntity).findBy({ cycleId: In([...cycleIds]) });
  }
  contributionsOf(reportIds: readonly string[]) {
    return this.dataSource.getRepository(ReportContributionEntity).find({ where: { reportId: In([...reportIds]) }, order: { updatedAt: 'ASC' } });
  }
  versionsOf(reportIds: readonly string[]) {
    return this.dataSource.getRepository(ProgressReportVersionEntity).find({ where: { reportId: In([...reportIds]) }, order: { edition: 'DESC' } });
  }

  /** Every frozen version of a theme's reports, newest meeting first: what the compare view chooses from. */
  themeVersions(actor: Actor, report: Pick<ProgressReportEntity, 'regionId' | 'themeId'>): Promise<Array<ProgressReportVersionEntity & { cycleLabel: string }>> {
    // Other cycles' versions are the submitted ones: whoever reads a published report of this theme may compare.
    authorize(actor, 'read', 'ProgressReport', { regionId: report.regionId, themeId: report.themeId, published: true });
    return this.dataSource
      .getRepository(ProgressReportVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(ProgressReportEntity, 'r', 'r.id = v.reportId')
      .innerJoin(ReportCycleEntity, 'c', 'c.id = r.cycleId')
      .leftJoin(CollegeMeetingEntity, 'm', 'm.id = c.meetingId')
      .addSelect('c.label', 'cycle_label')
      .where('r.themeId = :themeId', { themeId: report.themeId })
      .orderBy('m.date', 'DESC')
      .addOrderBy('v.edition', 'DESC')
      .getRawAndEntities()
      .then(({ entities, raw }) => entities.map((entity, index) => Object.assign(entity, { cycleLabel: String((raw[index] as { cycle_label: string }).cycle_label) })));
  }

  /**
   * The pre-fill: frozen with the latest version once submitted, computed now (one statement) otherwise.
   */
  async prefillOf(report: ProgressReportEntity): Promise<ReportPrefill> {
    if (isPublished(report.status)) {
      const [latest] = await this.versionsOf([report.id]);
      if (latest) return latest.prefill;
    }
    return this.computePrefill(this.dataSource.manager, report);
  }

  async computePrefill(manager: EntityManager, report: Pick<ProgressReportEntity, 'themeId' | 'cycleId'>): Promise<ReportPrefill> {
    const [row] = (await manager.query('SELECT m.date::text AS date FROM report_cycle c LEFT JOIN college_meeting m ON m.id = c.meeting_id WHERE c.id = $1', [report.cycleId])) as Array<{ date: string | null }>;
    return this.prefills.compute(manager, prefillScope(report.themeId, row?.date ?? null, todayIso()));
  }

  /** The writer's part. Only before sign-off; a stale version is CONFLICT and changes nothing. */
  update(actor: Actor, input: UpdateProgressReportInput): Promise<ProgressReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.scopes.report(manager, input.id);
      authorize(actor, 'update', 'ProgressReport', reportSubject(report));
      if (report.version !== input.version) throw new ConflictError('ProgressReport');
      if (!isEditable(report.status)) throw frozenRefusal();
      const content: ReportContent = {
        dimensions: input.dimensions ? normaliseDimensions(input.dimensions.map((d) => ({ dimension: d.dimension, status: d.status ?? null, explanation: d.explanation ?? null }))) : report.content.dimensions,
        narrative: input.narrative !== undefined ? input.narrative?.trim() || null : report.content.narrative,
        achievements: input.achievements !== undefined ? input.achievements?.trim() || null : report.content.achievements,
        risks: input.risks !== undefined ? input.risks?.trim() || null : report.content.risks,
        request: input.request ?? report.content.request,
        requestText: input.requestText !== undefined ? input.requestText?.trim() || null : report.content.requestText,
      };
      const problems = reportContentProblems(input.dimensions ? { ...content, dimensions: input.dimensions.map((d) => ({ dimension: d.dimension, status: d.status ?? null, explanation: d.explanation ?? null })) } : content);
      if (problems.length) throw new ValidationError(problems);
      const userId = actor.principal?.userId ?? '';
      const authorUserIds = report.authorUserIds.includes(userId) ? report.authorUserIds : [...report.authorUserIds, userId];
      return this.writes.update(manager, actor, ProgressReportEntity, report, input.version, { content, authorUserIds, updatedAt: new Date() }, { entityType: 'ProgressReport', regionId: report.regionId });
    });
  }

  /**
   * A co-driver's or partner's input for their organisation: added once, then changed with its version. A
   * partner may contribute to the reports of themes in which its organisation owns or takes part in an action.
   */
  contribute(actor: Actor, input: ContributeInput): Promise<ReportContributionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.scopes.report(manager, input.reportId);
      authorize(actor, 'contribute', 'ProgressReport', { ...reportSubject(report), actionOrganisationIds: await this.actionOrganisationIds(manager, report.themeId) });
      authorize(actor, 'create', 'ReportContribution', { regionId: report.regionId, themeId: report.themeId, organisationId: input.organisationId });
      if (!isEditable(report.status)) throw frozenRefusal();
      const organisation = await manager.findOneBy(OrganisationEntity, { id: input.organisationId });
      if (organisation?.regionId !== report.regionId) throw new NotFoundError('Organisation', input.organisationId);
      const existing = await manager.findOneBy(ReportContributionEntity, { reportId: report.id, organisationId: input.organisationId });
      const scope = { entityType: 'ReportContribution', regionId: report.regionId };
      const text = input.text.trim();
      const userId = actor.principal?.userId ?? '';
      if (!existing) {
        return this.writes.create(manager, actor, ReportContributionEntity, { reportId: report.id, regionId: report.regionId, organisationId: input.organisationId, authorUserId: userId, text }, scope);
      }
      if (input.version === undefined) throw new ConflictError('ReportContribution');
      return this.writes.update(manager, actor, ReportContributionEntity, existing, input.version, { text, authorUserId: userId, updatedAt: new Date() }, scope);
    });
  }

  /** The organisations that own or take part in an action of the theme. */
  private async actionOrganisationIds(manager: EntityManager, themeId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT a.owner_organisation_id AS id FROM action a WHERE a.theme_id = $1 AND a.owner_organisation_id IS NOT NULL
       UNION SELECT p.organisation_id FROM action_partner p JOIN action a ON a.id = p.action_id WHERE a.theme_id = $1`,
      [themeId],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}
