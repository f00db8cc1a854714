import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { ThemeForm } from '../edit/theme-form';
import { StrategyOverviewStore, StrategySummary } from './strategy-overview-store';
import { ThemeSummary } from './theme-summary';

/** The start page for every role: the regional strategy at a glance, with its themes and their drivers. */
@Component({
  selector: 'regie-start-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe, ThemeSummary, ThemeForm],
  providers: [StrategyOverviewStore],
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
})
export class StartPage {
  protected readonly store = inject(StrategyOverviewStore);
  protected readonly language = inject(LanguageStore).language;
  private readonly session = inject(SessionStore);
  /** The strategy whose new-theme form is open. */
  protected readonly addingThemeTo = signal<string | null>(null);

  /** Bureau staff (and administrators) start new strategies; the form offers the regions they may. */
  protected readonly canCreate = computed(() => (this.session.user()?.roles ?? []).some((role) => role.role === 'ADMIN' || (role.role === 'BUREAU' && this.session.can('create', 'Strategy', { regionId: role.regionId }))));

  protected canUpdate(strategy: StrategySummary): boolean {
    return this.session.can('update', 'Strategy', { regionId: strategy.regionId });
  }
}
