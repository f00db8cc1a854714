import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { RegieDatePipe } from '@regie/web/ui';
import { Language } from '@regie/web/util';
import { IndicatorForm } from '../edit/indicator-form';
import { MeasurementForm } from '../edit/measurement-form';
import { IndicatorChart } from './indicator-chart';
import { MeasurementImport } from './measurement-import';
import { formatFigure } from './theme-figures';
import type { IndicatorDetail } from './theme-store';

/** An indicator: latest regional value against baseline and target, and the regional values per period. */
@Component({
  selector: 'regie-indicator-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RegieDatePipe, IndicatorForm, MeasurementForm, MeasurementImport, IndicatorChart],
  templateUrl: './indicator-card.html',
  styleUrls: ['./facts.css', './indicator-card.css'],
})
export class IndicatorCard {
  readonly indicator = input.required<IndicatorDetail>();
  readonly language = input.required<Language>();
  /** Whether the user may enter values for this indicator (the region's, or their own municipality's). */
  readonly canEnterMeasurements = input(false);
  /** Whether the user may change or delete the indicator itself. */
  readonly canEditPlan = input(false);
  readonly regionId = input.required<string>();
  readonly themeId = input.required<string>();

  protected readonly formatFigure = formatFigure;
  protected readonly editing = signal(false);
}
