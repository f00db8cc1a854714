import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ThemePersonFragment } from '@regie/web/data-access';
import type { ThemeSummary as Theme } from './strategy-overview-store';

/** "Burgemeester, Gemeente Zeist": function and organisation, whichever are known. */
export function roleLine(person: ThemePersonFragment): string {
  return [person.functionTitle, person.organisation?.name].filter((part): part is string => !!part).join(', ');
}

/** One theme: what it is about, its examples, and who drives it. */
@Component({
  selector: 'regie-theme-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  templateUrl: './theme-summary.html',
  styleUrl: './theme-summary.css',
})
export class ThemeSummary {
  readonly theme = input.required<Theme>();
  readonly headingId = input.required<string>();
  protected readonly roleLine = roleLine;
}
