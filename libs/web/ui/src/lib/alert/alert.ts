import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * An in-page message (never a native dialog). Errors are announced at once (role="alert"), other
 * messages politely (role="status") — both because they appear after something the user did.
 */
@Component({
  selector: 'regie-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'utrecht-alert',
    '[class.utrecht-alert--info]': "type() === 'info'",
    '[class.utrecht-alert--ok]': "type() === 'ok'",
    '[class.utrecht-alert--warning]': "type() === 'warning'",
    '[class.utrecht-alert--error]': "type() === 'error'",
    '[attr.role]': 'role()',
  },
  template: `<div class="utrecht-alert__content"><div class="utrecht-alert__message"><ng-content /></div></div>`,
})
export class Alert {
  readonly type = input<AlertType>('info');
  readonly role = computed(() => (this.type() === 'error' ? 'alert' : 'status'));
}
