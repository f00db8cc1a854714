import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { SetMeetingAttendanceGQL } from '@regie/web/data-access/reporting';
import { CheckboxGroup, CheckboxOption, FormProblems } from '@regie/web/ui';
import { SaveFlow, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export interface RecordedAttendance {
  personId: string;
  present: boolean;
}

/**
 * The bureau records who attended a meeting and who sent apologies. The list replaces the earlier one as a
 * whole, on the meeting's version: when a colleague saved first, the ticks stay and a reload shows theirs.
 * A person ticked in both lists is refused before anything is sent.
 */
@Component({
  selector: 'regie-attendance-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, CheckboxGroup],
  template: `
    <form #attendanceForm class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'reporting.attendance.formLabel' | translate">
      <regie-form-problems [flow]="flow" [savedMessage]="'reporting.attendance.saved' | translate" [reloadedMessage]="'reporting.attendance.reloaded' | translate" (reload)="reload()" />
      <regie-checkbox-group groupId="attendance-present" [legend]="'reporting.attendance.present' | translate" [options]="options()" [control]="form.controls.present" [columns]="true" />
      <regie-checkbox-group groupId="attendance-excused" [legend]="'reporting.attendance.excused' | translate" [options]="options()" [control]="form.controls.excused" [columns]="true" />
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'reporting.attendance.save' | translate }}</button>
    </form>
  `,
})
export class AttendanceForm {
  readonly meetingId = input.required<string>();
  /** The meeting's version as loaded; after a save or reload the page passes the newer one. */
  readonly meetingVersion = input.required<number>();
  /** Everyone of the region who may be on the list. */
  readonly persons = input.required<ReadonlyArray<{ id: string; name: string }>>();
  readonly recorded = input.required<readonly RecordedAttendance[]>();

  private readonly setAttendance = inject(SetMeetingAttendanceGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('attendanceForm');
  protected readonly options = computed<CheckboxOption[]>(() => this.persons().map((person) => ({ id: person.id, label: person.name })));
  protected readonly form = new FormGroup({
    present: new FormControl<string[]>([], { nonNullable: true }),
    excused: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  constructor() {
    afterNextRender(() => {
      const recorded = this.recorded();
      this.form.reset({ present: recorded.filter((entry) => entry.present).map((entry) => entry.personId), excused: recorded.filter((entry) => !entry.present).map((entry) => entry.personId) });
    });
  }

  protected async save(): Promise<void> {
    const { present, excused } = this.form.getRawValue();
    // Present and excused at once cannot both be true; say so on the second list rather than guess.
    if (excused.some((personId) => present.includes(personId))) setErrorKey(this.form.controls.excused, 'reporting.attendance.bothChosen');
    const attendance = [...present.map((personId) => ({ personId, present: true })), ...excused.map((personId) => ({ personId, present: false }))];
    await this.flow.save(() => firstValueFrom(this.setAttendance.mutate({ variables: { meetingId: this.meetingId(), attendance, version: this.meetingVersion() }, refetchQueries: ['CollegeMeetingPage'], awaitRefetchQueries: true })));
  }

  /** After a conflict: the newest meeting (and version) is loaded; the user's ticks stay for them to check. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['CollegeMeetingPage'] }));
  }
}
