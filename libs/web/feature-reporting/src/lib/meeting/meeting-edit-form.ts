import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { MEETING_STATUSES } from '@regie/domain';
import { UpdateCollegeMeetingGQL } from '@regie/web/data-access/reporting';
import { FieldControl, FormField, FormProblems, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore, SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { CycleDeadlinesList, DeadlinesOfCycle } from './cycle-deadlines-list';

export interface EditableMeeting {
  id: string;
  version: number;
  date: string;
  location?: string | null;
  status: string;
}

/**
 * The bureau changes a meeting's date, location and status. A new date moves every deadline of the cycles
 * tied to the meeting (they are derived from it), so after saving the form shows where they moved to.
 */
@Component({
  selector: 'regie-meeting-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, RegieDatePipe, CycleDeadlinesList],
  template: `
    <form #meetingForm class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'reporting.meetingEdit.formLabel' | translate">
      <regie-form-problems [flow]="flow" [reloadedMessage]="'reporting.meetingEdit.reloaded' | translate" (reload)="reload()" />
      @if (flow.state() === 'saved' && movedCycles(); as cycles) {
        <div class="regie-saved-deadlines" role="status">
          <p class="utrecht-paragraph">{{ 'reporting.meetingEdit.saved' | translate }}</p>
          @if (dateChanged() && cycles.length) {
            <p class="utrecht-paragraph">{{ 'reporting.meetingEdit.deadlinesMoved' | translate: { from: (dateChanged() ?? '') | regieDate: language(), to: form.controls.date.value | regieDate: language() } }}</p>
            <regie-cycle-deadlines-list [cycles]="cycles" />
          }
        </div>
      }
      <regie-form-field inputId="meeting-edit-date" [label]="'reporting.meeting.date' | translate" [description]="'reporting.meetingEdit.dateHint' | translate" [control]="form.controls.date">
        <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="date" formControlName="date" />
      </regie-form-field>
      <regie-form-field inputId="meeting-edit-location" [label]="'reporting.meeting.location' | translate" [control]="form.controls.location">
        <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="location" />
      </regie-form-field>
      <regie-form-field inputId="meeting-edit-status" [label]="'reporting.meeting.status' | translate" [control]="form.controls.status">
        <select regieFieldControl class="utrecht-select utrecht-select--html-select" formControlName="status">
          @for (status of statuses; track status) {
            <option [value]="status">{{ 'reporting.meetingStatus.' + status | translate }}</option>
          }
        </select>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'reporting.meetingEdit.save' | translate }}</button>
    </form>
  `,
})
export class MeetingEditForm {
  readonly meeting = input.required<EditableMeeting>();

  protected readonly language = inject(LanguageStore).language;
  private readonly update = inject(UpdateCollegeMeetingGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('meetingForm');
  protected readonly statuses = MEETING_STATUSES;
  protected readonly form = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    status: new FormControl<string>('PLANNED', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  /** The cycles tied to the meeting with their deadlines as the server derived them after the save. */
  protected readonly movedCycles = signal<DeadlinesOfCycle[] | null>(null);
  /** The date before the save, when the save changed it: the deadlines moved with it. */
  protected readonly dateChanged = signal<string | null>(null);
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const meeting = this.meeting();
      this.form.reset({ date: meeting.date, location: meeting.location ?? '', status: meeting.status });
      this.baseVersion = meeting.version;
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const before = this.meeting().date;
    const input = { id: this.meeting().id, version: this.baseVersion ?? this.meeting().version, date: value.date, location: value.location.trim() || null, status: value.status };
    await this.flow.save(async () => {
      const result = await firstValueFrom(this.update.mutate({ variables: { input }, refetchQueries: ['CollegeMeetingPage'], awaitRefetchQueries: true }));
      const saved = result.data?.updateCollegeMeeting;
      this.baseVersion = saved?.version ?? null;
      this.movedCycles.set(saved?.cycles ?? []);
      this.dateChanged.set(saved && saved.date !== before ? before : null);
    });
  }

  /** After a conflict: load the newest meeting, keep the user's input, base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['CollegeMeetingPage'] }));
    this.baseVersion = this.meeting().version;
  }
}
