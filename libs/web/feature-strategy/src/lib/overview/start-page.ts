import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { StrategyOverviewStore } from './strategy-overview-store';
import { ThemeSummary } from './theme-summary';

/** The start page for every role: the regional strategy at a glance, with its themes and their drivers. */
@Component({
  selector: 'regie-start-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LoadState, RegieDatePipe, ThemeSummary],
  providers: [StrategyOverviewStore],
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
})
export class StartPage {
  protected readonly store = inject(StrategyOverviewStore);
  protected readonly language = inject(LanguageStore).language;
}
