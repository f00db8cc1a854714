import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** The one way a follow-up's state is shown (the API's `FollowUp.state`): running, overdue (danger) or closed. */
@Component({
  selector: 'regie-follow-up-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<span class="utrecht-status-badge" [class.utrecht-status-badge--danger]="state() === 'OVERDUE'">{{ 'reporting.followUpStatus.' + state() | translate }}</span>`,
})
export class FollowUpStateBadge {
  readonly state = input.required<string>();
}
