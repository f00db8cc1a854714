import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { FIT_VERDICTS, PARTICIPATION_LEVELS } from '@regie/domain';
import { LoadState } from '@regie/web/ui';
import { OverlapSignalsSection } from '../overlap/overlap-signals-section';
import { participationClass, verdictClass } from '../shared/local-fit-labels';
import { LocalFitMatrixStore, MatrixFilter } from './local-fit-matrix-store';

/** Themes × municipalities: how each municipality takes part and whether each theme fits; filterable, a real table. */
@Component({
  selector: 'regie-local-fit-matrix-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, OverlapSignalsSection],
  providers: [LocalFitMatrixStore],
  templateUrl: './local-fit-matrix-page.html',
  styleUrl: '../shared/local-fit.css',
})
export class LocalFitMatrixPage {
  protected readonly store = inject(LocalFitMatrixStore);
  protected readonly verdicts = [...FIT_VERDICTS, 'UNKNOWN'];
  protected readonly levels = [...PARTICIPATION_LEVELS, 'UNKNOWN'];
  protected readonly verdictClass = verdictClass;
  protected readonly participationClass = participationClass;

  protected set(field: keyof MatrixFilter, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.store.choice.update((choice) => ({ ...choice, [field]: value }));
  }
}
