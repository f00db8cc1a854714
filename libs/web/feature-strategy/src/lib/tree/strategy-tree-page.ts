import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PLAN_QUALITY_CHECKS } from '@regie/domain';
import { LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { budgetTotals, capacityTotals, formatEuro, formatFigure } from '../theme/theme-figures';
import { TreeStrategy, countFindings, goalsWithActions } from './strategy-tree';
import { StrategyTreeStore } from './strategy-tree-store';

/** The Doelen-Inspanningenboom: theme → goals → actions, filterable by partner and municipality, printable. */
@Component({
  selector: 'regie-strategy-tree-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe],
  providers: [StrategyTreeStore],
  templateUrl: './strategy-tree-page.html',
  styleUrl: './strategy-tree-page.css',
})
export class StrategyTreePage {
  protected readonly store = inject(StrategyTreeStore);
  protected readonly language = inject(LanguageStore).language;
  private readonly router = inject(Router);

  protected readonly goalsWithActions = goalsWithActions;
  protected readonly capacityTotals = capacityTotals;
  protected readonly budgetTotals = budgetTotals;
  protected readonly formatEuro = formatEuro;
  protected readonly formatFigure = formatFigure;

  protected themesOf(strategy: TreeStrategy) {
    return [...strategy.themes].sort((a, b) => a.position - b.position);
  }

  protected findingCounts(strategy: TreeStrategy) {
    return countFindings(strategy.planQuality, this.themesOf(strategy).map((theme) => theme.id), PLAN_QUALITY_CHECKS);
  }

  protected filterBy(name: 'partner' | 'gemeente', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.router.navigate([], { queryParams: { [name]: value || null }, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
