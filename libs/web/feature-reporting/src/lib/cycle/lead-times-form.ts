import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CycleDeadlines, deriveDeadlines, LeadTimes, leadTimeProblems, MAX_LEAD_DAYS } from '@regie/domain';
import { UpdateReportCycleGQL } from '@regie/web/data-access/reporting';
import { FieldControl, FormField, FormProblems, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore, MESSAGE_KEY_ERROR, SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';

export interface CycleLeadTimes extends LeadTimes {
  id: string;
  version: number;
}

const FIELDS: ReadonlyArray<keyof LeadTimes> = ['contributionDays', 'signOffDays', 'bureauCheckDays', 'papersOutDays'];
/** Lead times are whole days; the same message key the API gives for a non-integer. */
const wholeDays: ValidatorFn = (control) => (control.value === null || Number.isInteger(Number(control.value)) ? null : { [MESSAGE_KEY_ERROR]: 'validation.isInt' });
const dayControl = () => new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0), Validators.max(MAX_LEAD_DAYS), wholeDays] });

/**
 * The bureau sets a cycle's lead times. The deadlines they give are previewed while typing with the same
 * rule the API uses (derived backwards from the meeting date), so nobody has to save to see the effect.
 */
@Component({
  selector: 'regie-lead-times-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, RegieDatePipe],
  template: `
    <form #leadTimesForm class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'reporting.leadTimes.formLabel' | translate">
      <regie-form-problems [flow]="flow" [savedMessage]="'reporting.leadTimes.saved' | translate" [reloadedMessage]="'reporting.leadTimes.reloaded' | translate" (reload)="reload()" />
      @for (field of fields; track field) {
        <regie-form-field [inputId]="'lead-' + field" [label]="'reporting.leadTimes.' + field | translate" [description]="'reporting.leadTimes.' + field + 'Hint' | translate" [control]="form.controls[field]">
          <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="number" inputmode="numeric" min="0" [max]="maxDays" step="1" [formControlName]="field" />
        </regie-form-field>
      }
      @if (preview(); as preview) {
        <div aria-live="polite">
          <h3 class="utrecht-heading-3">{{ 'reporting.leadTimes.preview' | translate }}</h3>
          <dl class="utrecht-data-list utrecht-data-list--rows">
            @for (deadline of deadlineKeys; track deadline) {
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">{{ 'reporting.deadlines.' + deadline | translate }}</dt>
                <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{{ preview[deadline] | regieDate: language() }}</dd>
              </div>
            }
          </dl>
        </div>
      }
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'reporting.leadTimes.save' | translate }}</button>
    </form>
  `,
})
export class LeadTimesForm {
  readonly cycle = input.required<CycleLeadTimes>();
  /** The meeting the deadlines count back from; without one there is nothing to preview. */
  readonly meetingDate = input<string | null>(null);

  protected readonly language = inject(LanguageStore).language;
  private readonly update = inject(UpdateReportCycleGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('leadTimesForm');
  protected readonly fields = FIELDS;
  protected readonly maxDays = MAX_LEAD_DAYS;
  protected readonly deadlineKeys: ReadonlyArray<keyof CycleDeadlines> = ['contributionsDue', 'signOffDue', 'bureauCheckDue', 'papersOutOn'];
  protected readonly form = new FormGroup({ contributionDays: dayControl(), signOffDays: dayControl(), bureauCheckDays: dayControl(), papersOutDays: dayControl() });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private readonly leadTimes = toSignal(this.form.valueChanges.pipe(map(() => this.currentLeadTimes())), { initialValue: null });
  /** The deadlines these lead times would give; null while a lead time is missing or out of range. */
  protected readonly preview = computed(() => {
    const leadTimes = this.leadTimes();
    const meetingDate = this.meetingDate();
    return leadTimes && meetingDate && !leadTimeProblems(leadTimes).length ? deriveDeadlines(meetingDate, leadTimes) : null;
  });
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const cycle = this.cycle();
      this.form.reset({ contributionDays: cycle.contributionDays, signOffDays: cycle.signOffDays, bureauCheckDays: cycle.bureauCheckDays, papersOutDays: cycle.papersOutDays });
      this.baseVersion = cycle.version;
    });
  }

  private currentLeadTimes(): LeadTimes | null {
    const value = this.form.getRawValue();
    if (FIELDS.some((field) => value[field] === null || value[field] === undefined || String(value[field]) === '')) return null;
    return { contributionDays: Number(value.contributionDays), signOffDays: Number(value.signOffDays), bureauCheckDays: Number(value.bureauCheckDays), papersOutDays: Number(value.papersOutDays) };
  }

  protected async save(): Promise<void> {
    const leadTimes = this.currentLeadTimes();
    const input = { id: this.cycle().id, version: this.baseVersion ?? this.cycle().version, ...leadTimes };
    await this.flow.save(async () => {
      const result = await firstValueFrom(this.update.mutate({ variables: { input }, refetchQueries: ['ReportCyclePage'], awaitRefetchQueries: true }));
      this.baseVersion = result.data?.updateReportCycle.version ?? null;
    });
  }

  /** After a conflict: load the newest cycle, keep the typed lead times, base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ReportCyclePage'] }));
    this.baseVersion = this.cycle().version;
  }
}
