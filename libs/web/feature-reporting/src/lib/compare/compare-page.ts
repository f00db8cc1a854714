import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource } from '@regie/web/data-access';
import { ReportComparePageGQL } from '@regie/web/data-access/reporting';
import { LoadState, RegieDateTimePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { switchMap } from 'rxjs';
import { ReportPrefillView } from '../report/report-prefill-view';
import { ReportTextView } from '../report/report-text-view';

/** Any two submitted versions of a theme's reports, of one cycle or two, side by side. */
@Component({
  selector: 'regie-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDateTimePipe, ReportTextView, ReportPrefillView],
  templateUrl: './compare-page.html',
  styles: `
    .regie-compare {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: 2rem;
    }
  `,
})
export class ComparePage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();
  protected readonly language = inject(LanguageStore).language;
  private readonly query = inject(ReportComparePageGQL);

  private readonly resource = queryResource(
    toObservable(this.id).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.progressReport,
  );
  protected readonly report = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly versions = computed(() => this.report()?.themeVersions ?? []);
  /** Newest on the left, the one before it on the right, until the user chooses. */
  protected readonly leftId = linkedSignal(() => this.versions()[0]?.id ?? null);
  protected readonly rightId = linkedSignal(() => this.versions()[1]?.id ?? this.versions()[0]?.id ?? null);
  protected readonly left = computed(() => this.versions().find((version) => version.id === this.leftId()) ?? null);
  protected readonly right = computed(() => this.versions().find((version) => version.id === this.rightId()) ?? null);

  protected choose(side: 'left' | 'right', event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    (side === 'left' ? this.leftId : this.rightId).set(id);
  }
}
