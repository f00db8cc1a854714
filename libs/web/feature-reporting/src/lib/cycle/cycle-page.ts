import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource, SessionStore } from '@regie/web/data-access';
import { ReportCyclePageGQL } from '@regie/web/data-access/reporting';
import { LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { switchMap } from 'rxjs';
import { LeadTimesForm } from './lead-times-form';

/** A report cycle for the bureau: deadlines derived from the meeting (lead times editable), and per theme the report's state and who is late. */
@Component({
  selector: 'regie-cycle-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe, LeadTimesForm],
  templateUrl: './cycle-page.html',
})
export class CyclePage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();
  protected readonly language = inject(LanguageStore).language;
  private readonly query = inject(ReportCyclePageGQL);
  private readonly session = inject(SessionStore);

  private readonly resource = queryResource(
    toObservable(this.id).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.reportCycle,
  );
  protected readonly cycle = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly notFound = computed(() => this.cycle() === null);
  /** Reports this user reads as their last submitted version while they are corrected: not in the dashboard, still listed. */
  protected readonly underCorrection = computed(() => (this.cycle()?.reports ?? []).filter((report) => report.readingFrozenVersion));
  protected readonly canManage = computed(() => {
    const cycle = this.cycle();
    return cycle ? this.session.can('update', 'ReportCycle', { regionId: cycle.regionId }) : false;
  });
}
