import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource, SessionStore } from '@regie/web/data-access';
import { CollegeMeetingsGQL, CreateCollegeMeetingGQL, CreateReportCycleGQL } from '@regie/web/data-access/reporting';
import { Alert, FieldControl, FormField, LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore, Problem } from '@regie/web/util';
import { filter, map, switchMap } from 'rxjs';
import { ReportingContext } from '../shared/reporting-context';
import { runMutation } from '../shared/mutation';
import { FollowUpStateBadge } from '../follow-up/follow-up-state';

/** The Regionaal College: its meetings (is each agenda complete?) and the report cycles feeding them. */
@Component({
  selector: 'regie-college-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ReactiveFormsModule, TranslatePipe, LoadState, RegieDatePipe, Alert, FormField, FieldControl, FollowUpStateBadge],
  providers: [ReportingContext],
  templateUrl: './college-page.html',
})
export class CollegePage {
  protected readonly context = inject(ReportingContext);
  protected readonly language = inject(LanguageStore).language;
  private readonly session = inject(SessionStore);
  private readonly query = inject(CollegeMeetingsGQL);
  private readonly createMeeting = inject(CreateCollegeMeetingGQL);
  private readonly createCycle = inject(CreateReportCycleGQL);
  private readonly router = inject(Router);

  private readonly resource = queryResource(
    toObservable(this.context.strategy).pipe(
      filter((strategy) => strategy !== null),
      map((strategy) => ({ regionId: strategy.regionId, strategyId: strategy.id })),
      switchMap((variables) => this.query.watch({ variables, fetchPolicy: 'cache-and-network' }).valueChanges),
    ),
    (data) => data,
  );
  protected readonly meetings = computed(() => this.resource.value()?.collegeMeetings ?? []);
  protected readonly cycles = computed(() => this.resource.value()?.reportCycles ?? []);
  protected readonly followUps = computed(() => this.resource.value()?.openFollowUps ?? []);
  protected readonly loading = computed(() => this.context.loading() || this.resource.loading());
  protected readonly problem = computed(() => this.context.problem() ?? this.resource.problem());
  protected readonly canManage = computed(() => {
    const strategy = this.context.strategy();
    return strategy ? this.session.can('create', 'CollegeMeeting', { regionId: strategy.regionId }) : false;
  });

  protected readonly meetingForm = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
  protected readonly cycleForm = new FormGroup({
    label: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(100)] }),
    meetingId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly meetingProblem = signal<Problem | null>(null);
  protected readonly cycleProblem = signal<Problem | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected async planMeeting(): Promise<void> {
    const strategy = this.context.strategy();
    if (!strategy || this.meetingForm.invalid) {
      this.meetingForm.markAllAsTouched();
      return;
    }
    const { date, location } = this.meetingForm.getRawValue();
    const outcome = await runMutation(
      this.createMeeting.mutate({ variables: { input: { regionId: strategy.regionId, date, location: location.trim() || null } }, refetchQueries: ['CollegeMeetings'], awaitRefetchQueries: true }),
      this.meetingForm,
    );
    this.meetingProblem.set(outcome.problem);
    if (!outcome.problem) {
      this.meetingForm.reset();
      this.saved.set('reporting.college.meetingPlanned');
    }
  }

  protected async openCycle(): Promise<void> {
    const strategy = this.context.strategy();
    if (!strategy || this.cycleForm.invalid) {
      this.cycleForm.markAllAsTouched();
      return;
    }
    const { label, meetingId } = this.cycleForm.getRawValue();
    const outcome = await runMutation(
      this.createCycle.mutate({ variables: { input: { strategyId: strategy.id, label: label.trim(), meetingId } }, refetchQueries: ['CollegeMeetings'] }),
      this.cycleForm,
    );
    this.cycleProblem.set(outcome.problem);
    const id = outcome.result?.data?.createReportCycle.id;
    if (id) await this.router.navigate(['/cycli', id]);
  }
}
