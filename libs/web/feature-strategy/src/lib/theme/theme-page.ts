import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { ActionCapacity } from '../edit/action-capacity';
import { ActionForm } from '../edit/action-form';
import { ActionMilestones } from '../edit/action-milestones';
import { BudgetLineForm } from '../edit/budget-line-form';
import { GoalForm } from '../edit/goal-form';
import { IndicatorForm } from '../edit/indicator-form';
import { MandateForm } from '../edit/mandate-form';
import { ThemeForm } from '../edit/theme-form';
import { roleLine } from '../overview/theme-summary';
import { IndicatorCard } from './indicator-card';
import { anchorOf, budgetTotals, capacityTotals, formatEuro, formatFigure } from './theme-figures';
import { ThemeLocalFit } from './theme-local-fit';
import { ThemeStore } from './theme-store';

/** One theme in full: what it is, who drives it under which mandate, the gaps in its plan, its goals and actions. */
@Component({
  selector: 'regie-theme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe, IndicatorCard, GoalForm, IndicatorForm, MandateForm, ThemeForm, ActionForm, ActionMilestones, ActionCapacity, BudgetLineForm, ThemeLocalFit],
  providers: [ThemeStore],
  templateUrl: './theme-page.html',
  styleUrls: ['./facts.css', './theme-page.css'],
})
export class ThemePage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly store = inject(ThemeStore);
  protected readonly language = inject(LanguageStore).language;
  protected readonly roleLine = roleLine;
  protected readonly anchorOf = anchorOf;
  protected readonly capacityTotals = capacityTotals;
  protected readonly budgetTotals = budgetTotals;
  protected readonly formatEuro = formatEuro;
  protected readonly formatFigure = formatFigure;
  /** Which form is open: 'new' (goal), a goal id, 'indicator-' + a goal id, 'action-new-' + a goal id, 'action-' + an action id, 'mandate-new', 'mandate-' + a mandate id, 'theme', or none. */
  protected readonly editing = signal<string | null>(null);

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }

  protected toggleHistory(event: Event): void {
    this.store.includeEnded.set((event.target as HTMLInputElement).checked);
  }
}
