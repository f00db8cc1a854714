import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A delete button that asks once more in the page (never a native dialog), because what goes with the
 * record — values, links — cannot be brought back.
 */
@Component({
  selector: 'regie-confirm-delete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (asking()) {
      <div class="utrecht-alert utrecht-alert--warning" role="group" [attr.aria-label]="label()">
        <p class="utrecht-paragraph">{{ question() }}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="asking.set(false); confirmed.emit()">{{ 'edit.confirmDelete' | translate }}</button>
          <button type="button" class="utrecht-button utrecht-button--subtle" (click)="asking.set(false)">{{ 'edit.keep' | translate }}</button>
        </div>
      </div>
    } @else {
      <button type="button" class="utrecht-button utrecht-button--subtle" (click)="asking.set(true)">{{ label() }}</button>
    }
  `,
})
export class ConfirmDelete {
  /** Already translated, e.g. "Indicator verwijderen". */
  readonly label = input.required<string>();
  /** Already translated: what will be gone. */
  readonly question = input.required<string>();
  readonly confirmed = output<void>();
  protected readonly asking = signal(false);
}
