import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem } from '@regie/web/util';
import { Alert } from '../alert/alert';

/** Loading and failure of a page's data, announced politely; the page renders its content itself. */
@Component({
  selector: 'regie-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Alert, TranslatePipe],
  template: `
    <p class="utrecht-paragraph regie-muted" role="status">
      @if (loading() && !problem()) {
        {{ 'common.loading' | translate }}
      }
    </p>
    @if (problem(); as problem) {
      <regie-alert type="error">
        <p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p>
      </regie-alert>
    }
  `,
  styles: `
    p:empty {
      margin: 0;
    }
  `,
})
export class LoadState {
  readonly loading = input(false);
  readonly problem = input<Problem | null>(null);
}
