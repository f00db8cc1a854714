import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslatePipe } from '@ngx-translate/core';
import { OverlapSignalsQuery, SessionStore } from '@regie/web/data-access';
import { RegieDatePipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { OverlapHandlingForm } from './overlap-handling-form';
import { OverlapReopenForm } from './overlap-reopen-form';

export type Signal = OverlapSignalsQuery['overlapSignals'][number];

/**
 * The bureau's overlap signals: the open ones first, each with a way to mark it discussed/handled; the handled
 * ones below, collapsed, with who, when and the note. A handled signal whose facts change comes back as open
 * (the API keys the mark by the facts).
 */
@Component({
  selector: 'regie-overlap-signals-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, TranslatePipe, RegieDatePipe, OverlapHandlingForm, OverlapReopenForm],
  templateUrl: './overlap-signals-section.html',
})
export class OverlapSignalsSection {
  readonly signals = input.required<readonly Signal[]>();
  readonly loading = input(false);

  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;
  protected readonly open = computed(() => this.signals().filter((row) => !row.handling));
  protected readonly handled = computed(() => this.signals().filter((row) => row.handling));
  /** The key of the signal whose note form is open; one at a time. */
  protected readonly marking = signal<string | null>(null);

  protected canHandle(row: Signal): boolean {
    return this.session.can('update', 'OverlapSignal', { regionId: row.regionId });
  }

  protected namesOf(municipalities: ReadonlyArray<{ name: string }>): string {
    return municipalities.map((municipality) => municipality.name).join(', ');
  }
}
