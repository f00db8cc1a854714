import { LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { LanguageSwitch } from '@regie/web/ui';
import { NAVIGATION, NavigationItem } from './navigation';
import { NotificationBell } from './notification-bell';

/** Product name, the pages this user may use, the language switch, and who is signed in. */
@Component({
  selector: 'regie-app-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LowerCasePipe, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch, NotificationBell],
  templateUrl: './app-header.html',
  styleUrl: './app-header.css',
})
export class AppHeader {
  protected readonly session = inject(SessionStore);
  protected readonly signingOut = signal(false);
  protected readonly navigation = computed(() => (this.session.signedIn() ? NAVIGATION.filter((item) => this.shows(item)) : []));

  private shows(item: NavigationItem): boolean {
    if (item.requires && !this.session.can(item.requires.action, item.requires.subject)) return false;
    return !item.forRole || (this.session.user()?.roles ?? []).some((grant) => grant.role === item.forRole);
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.session.signOut();
    } finally {
      this.signingOut.set(false);
    }
  }
}
