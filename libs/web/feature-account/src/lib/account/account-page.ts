import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';

/** "Mijn account": who is signed in and in which roles, with the theme, municipality or organisation of each. */
@Component({
  selector: 'regie-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './account-page.html',
})
export class AccountPage {
  protected readonly user = inject(SessionStore).user;
}
