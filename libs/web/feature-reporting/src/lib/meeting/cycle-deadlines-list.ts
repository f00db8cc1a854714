import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';

export interface DeadlinesOfCycle {
  id: string;
  label: string;
  deadlines?: { contributionsDue: string; signOffDue: string; bureauCheckDue: string; papersOutOn: string } | null;
}

/** The four derived deadlines of each cycle tied to a meeting, as a list per cycle. */
@Component({
  selector: 'regie-cycle-deadlines-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RegieDatePipe],
  template: `
    <ul class="utrecht-unordered-list">
      @for (cycle of cycles(); track cycle.id) {
        <li class="utrecht-unordered-list__item">
          <strong>{{ cycle.label }}</strong>:
          @if (cycle.deadlines; as deadlines) {
            {{ 'reporting.deadlines.contributionsDue' | translate }} {{ deadlines.contributionsDue | regieDate: language() }};
            {{ 'reporting.deadlines.signOffDue' | translate }} {{ deadlines.signOffDue | regieDate: language() }};
            {{ 'reporting.deadlines.bureauCheckDue' | translate }} {{ deadlines.bureauCheckDue | regieDate: language() }};
            {{ 'reporting.deadlines.papersOutOn' | translate }} {{ deadlines.papersOutOn | regieDate: language() }}
          }
        </li>
      }
    </ul>
  `,
})
export class CycleDeadlinesList {
  readonly cycles = input.required<readonly DeadlinesOfCycle[]>();
  protected readonly language = inject(LanguageStore).language;
}
