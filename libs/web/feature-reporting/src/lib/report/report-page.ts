import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Action, ReportTransition } from '@regie/domain';
import { queryResource, SessionStore } from '@regie/web/data-access';
import { ProgressReportPageGQL, TransitionProgressReportGQL } from '@regie/web/data-access/reporting';
import { Alert, LoadState, RegieDatePipe, RegieDateTimePipe } from '@regie/web/ui';
import { FieldProblem, LanguageStore, Problem } from '@regie/web/util';
import { switchMap } from 'rxjs';
import { runMutation } from '../shared/mutation';
import { ContributionForm } from './contribution-form';
import { ReportPrefillView } from './report-prefill-view';
import { ReportTextForm } from './report-text-form';
import { ReportTextView } from './report-text-view';

const EDITABLE = ['DRAFT', 'CONTRIBUTIONS'];
const PUBLISHED = ['SUBMITTED', 'DISCUSSED'];

/** Which moves a user may offer here, by status and the shared policy (the API checks again, four eyes included). */
const MOVES: Array<{ transition: ReportTransition; action: Action; from: string[] }> = [
  { transition: 'OPEN_CONTRIBUTIONS', action: 'update', from: ['DRAFT'] },
  { transition: 'SIGN_OFF', action: 'signOff', from: ['DRAFT', 'CONTRIBUTIONS'] },
  { transition: 'SUBMIT', action: 'submit', from: ['SIGNED_OFF'] },
  { transition: 'MARK_DISCUSSED', action: 'submit', from: ['SUBMITTED'] },
  { transition: 'CORRECT', action: 'update', from: ['SIGNED_OFF', 'SUBMITTED', 'DISCUSSED'] },
];

/** A theme's progress report: the pre-fill, the writer's part, the co-drivers' contributions, the workflow and versions. */
@Component({
  selector: 'regie-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, Alert, RegieDatePipe, RegieDateTimePipe, ReportPrefillView, ReportTextForm, ReportTextView, ContributionForm],
  templateUrl: './report-page.html',
})
export class ReportPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();
  protected readonly language = inject(LanguageStore).language;
  private readonly session = inject(SessionStore);
  private readonly query = inject(ProgressReportPageGQL);
  private readonly transitionReport = inject(TransitionProgressReportGQL);

  private readonly resource = queryResource(
    toObservable(this.id).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.progressReport,
  );
  protected readonly report = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly notFound = computed(() => this.report() === null);
  protected readonly moveProblem = signal<Problem | null>(null);
  protected readonly moveFields = signal<FieldProblem[]>([]);
  protected readonly moved = signal<string | null>(null);

  private readonly subject = computed(() => {
    const report = this.report();
    return report ? { regionId: report.regionId, themeId: report.themeId, published: PUBLISHED.includes(report.status) } : null;
  });
  protected readonly editable = computed(() => EDITABLE.includes(this.report()?.status ?? ''));
  protected readonly canWrite = computed(() => {
    const subject = this.subject();
    return Boolean(subject && this.editable() && this.session.can('update', 'ProgressReport', subject));
  });
  protected readonly moves = computed(() => {
    const report = this.report();
    const subject = this.subject();
    if (!report || !subject) return [];
    return MOVES.filter((move) => move.from.includes(report.status) && this.session.can(move.action, 'ProgressReport', subject)).map((move) => move.transition);
  });
  /** The organisations this user co-drives the theme for: each may add its own contribution. */
  protected readonly ownOrganisations = computed(() => {
    const report = this.report();
    const subject = this.subject();
    if (!report || !subject || !this.editable() || !this.session.can('contribute', 'ProgressReport', subject)) return [];
    return (this.session.user()?.roles ?? [])
      .filter((role) => role.role === 'CO_DRIVER' && role.themeId === report.themeId && role.organisation)
      .map((role) => {
        const organisation = role.organisation as { id: string; name: string };
        const existing = report.contributions.find((c) => c.organisationId === organisation.id);
        return { id: organisation.id, name: organisation.name, existing: existing ? { text: existing.text, version: existing.version } : null };
      });
  });

  protected async move(transition: ReportTransition): Promise<void> {
    const report = this.report();
    if (!report) return;
    this.moved.set(null);
    const outcome = await runMutation(
      this.transitionReport.mutate({ variables: { input: { id: report.id, version: report.version, transition } }, refetchQueries: ['ProgressReportPage'], awaitRefetchQueries: true }),
    );
    this.moveProblem.set(outcome.problem && !(outcome.problem.code === 'BAD_USER_INPUT' && outcome.unmatched.length) ? outcome.problem : null);
    this.moveFields.set(outcome.problem ? outcome.unmatched : []);
    if (!outcome.problem) this.moved.set(`reporting.moved.${transition}`);
  }
}
