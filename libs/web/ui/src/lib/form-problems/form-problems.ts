import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SaveFlow } from '@regie/web/util';
import { Alert } from '../alert/alert';

/**
 * What an edit form says above its fields after a save: saved, refused (with the field errors that match
 * no field), or changed by someone else — with the button that loads the newest data.
 */
@Component({
  selector: 'regie-form-problems',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Alert],
  template: `
    @switch (flow().state()) {
      @case ('conflict') {
        <regie-alert type="warning">
          <p class="utrecht-paragraph">{{ conflictMessage() || ('edit.conflict' | translate) }}</p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="reload.emit()">{{ 'edit.reload' | translate }}</button>
        </regie-alert>
      }
      @case ('reloaded') {
        @if (reloadedMessage()) {
          <regie-alert type="info"><p class="utrecht-paragraph">{{ reloadedMessage() }}</p></regie-alert>
        }
      }
      @case ('saved') {
        @if (savedMessage()) {
          <regie-alert type="ok"><p class="utrecht-paragraph">{{ savedMessage() }}</p></regie-alert>
        }
      }
    }
    @if (flow().problem(); as problem) {
      <regie-alert type="error"><p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p></regie-alert>
    }
    @if (flow().unmatchedFields().length) {
      <regie-alert type="error">
        <ul class="utrecht-unordered-list">
          @for (field of flow().unmatchedFields(); track field.field + field.messageKey) {
            <li class="utrecht-unordered-list__item">{{ field.field }}: {{ field.messageKey | translate: field.params }}</li>
          }
        </ul>
      </regie-alert>
    }
  `,
})
export class FormProblems {
  readonly flow = input.required<SaveFlow>();
  /** Already translated: shown after a successful save, for forms that stay open. */
  readonly savedMessage = input<string>('');
  /** Already translated: shown once the newest data is loaded after a conflict. */
  readonly reloadedMessage = input<string>('');
  /** Already translated: replaces the general conflict message where the form's input is not what got stale. */
  readonly conflictMessage = input<string>('');
  readonly reload = output<void>();
}
