import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { RegieDatePipe, RegieNumberPipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { changeEnds } from './change-text';
import { ReportPrefillFields } from './report-types';

/** The pre-filled part of a report: figures, actions, money, open follow-ups and what changed. Same numbers as tables. */
@Component({
  selector: 'regie-report-prefill-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RegieDatePipe, RegieNumberPipe],
  templateUrl: './report-prefill-view.html',
})
export class ReportPrefillView {
  readonly prefill = input.required<ReportPrefillFields>();
  /** Distinguishes the ids of two views on one page (the compare view). */
  readonly idPrefix = input('prefill');
  protected readonly language = inject(LanguageStore).language;
  private readonly translate = inject(TranslateService);
  /** Each change with its ends written in the reader's notation (numbers with units, dates, phase names). */
  protected readonly changes = computed(() => {
    const language = this.language();
    const phaseName = (code: string) => this.translate.instant(`reporting.phase.${code}`);
    return this.prefill().changes.map((change) => ({ kind: change.kind, params: { subject: change.subject, ...changeEnds(change, language, phaseName) } }));
  });
}
