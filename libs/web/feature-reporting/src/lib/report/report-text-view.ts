import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ReportTextFields } from './report-types';

/** The writer's part, read-only: traffic lights with explanations, narrative, achievements, risks, request. */
@Component({
  selector: 'regie-report-text-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <table class="utrecht-table">
      <caption class="utrecht-table__caption">{{ 'reporting.text.dimensions' | translate }}</caption>
      <tbody class="utrecht-table__body">
        @for (assessment of text().dimensions; track assessment.dimension) {
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">{{ 'reporting.dimension.' + assessment.dimension | translate }}</th>
            <td class="utrecht-table__cell">
              @if (assessment.status) {
                <span class="utrecht-status-badge" [class]="'regie-rag regie-rag--' + assessment.status">{{ 'reporting.rag.' + assessment.status | translate }}</span>
              } @else {
                {{ 'reporting.rag.none' | translate }}
              }
            </td>
            <td class="utrecht-table__cell">{{ assessment.explanation ?? '' }}</td>
          </tr>
        }
      </tbody>
    </table>
    <dl class="utrecht-data-list utrecht-data-list--rows">
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{{ 'reporting.text.narrative' | translate }}</dt>
        <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{{ text().narrative ?? '—' }}</dd>
      </div>
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{{ 'reporting.text.achievements' | translate }}</dt>
        <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{{ text().achievements ?? '—' }}</dd>
      </div>
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{{ 'reporting.text.risks' | translate }}</dt>
        <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{{ text().risks ?? '—' }}</dd>
      </div>
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{{ 'reporting.text.request' | translate }}</dt>
        <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
          {{ 'reporting.request.' + text().request | translate }}{{ text().requestText ? ': ' + text().requestText : '' }}
        </dd>
      </div>
    </dl>
  `,
})
export class ReportTextView {
  readonly text = input.required<ReportTextFields>();
}
