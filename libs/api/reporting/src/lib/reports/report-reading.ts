import { Actor } from '@regie/api/core';
import { asSubject, isPublished } from '@regie/domain';
import { ProgressReportEntity, ProgressReportVersionEntity } from './progress-report.entity';

/** The attributes the policy checks a report against. */
export const reportSubject = (report: Pick<ProgressReportEntity, 'id' | 'regionId' | 'themeId' | 'status'>) => ({
  id: report.id,
  regionId: report.regionId,
  themeId: report.themeId,
  published: isPublished(report.status),
});

export const canReadReport = (actor: Actor, report: ProgressReportEntity) => actor.ability.can('read', asSubject('ProgressReport', reportSubject(report)));

/**
 * A report as a reader outside its theme sees it while it is being corrected: the text, contributions and
 * pre-fill of its last submitted version, which never changes, instead of the new draft.
 */
export type FrozenReportView = ProgressReportEntity & { frozenVersion: ProgressReportVersionEntity };
export type ReadableReport = ProgressReportEntity | FrozenReportView;

export const isFrozenView = (report: ReadableReport): report is FrozenReportView => 'frozenVersion' in report && Boolean(report.frozenVersion);

/**
 * What this actor may read of a report: the report as it is, or — when they may read only submitted reports
 * and it is back in draft for a correction — its latest frozen version; null when neither.
 */
export function readableReport(actor: Actor, report: ProgressReportEntity, latestVersion: ProgressReportVersionEntity | undefined): ReadableReport | null {
  if (canReadReport(actor, report)) return report;
  if (!latestVersion || !actor.ability.can('read', asSubject('ProgressReport', { ...reportSubject(report), published: true }))) return null;
  return { ...report, content: latestVersion.content, signedOffAt: latestVersion.signedOffAt, submittedAt: latestVersion.submittedAt, frozenVersion: latestVersion };
}
