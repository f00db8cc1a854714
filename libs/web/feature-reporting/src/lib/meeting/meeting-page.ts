import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource, SessionStore } from '@regie/web/data-access';
import { CollegeMeetingPageGQL, DecisionOwnersGQL } from '@regie/web/data-access/reporting';
import { LoadState, RegieDatePipe, RegieNumberPipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { filter, switchMap } from 'rxjs';
import { BoardPackPanel } from './board-pack-panel';
import { DecisionForm } from './decision-form';
import { AttendanceForm } from './attendance-form';
import { DocumentUpload } from './document-upload';
import { MeetingEditForm } from './meeting-edit-form';
import { FollowUpStateBadge } from '../follow-up/follow-up-state';

/** One College meeting: its agenda with the submitted theme reports, documents, attendance and the decisions taken; the bureau edits it here. */
@Component({
  selector: 'regie-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe, RegieNumberPipe, DecisionForm, DocumentUpload, BoardPackPanel, MeetingEditForm, AttendanceForm, FollowUpStateBadge],
  templateUrl: './meeting-page.html',
})
export class MeetingPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();
  protected readonly language = inject(LanguageStore).language;
  private readonly session = inject(SessionStore);
  private readonly query = inject(CollegeMeetingPageGQL);
  private readonly ownersQuery = inject(DecisionOwnersGQL);

  private readonly resource = queryResource(
    toObservable(this.id).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.collegeMeeting,
  );
  protected readonly meeting = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly notFound = computed(() => this.meeting() === null);
  protected readonly canDecide = computed(() => {
    const meeting = this.meeting();
    return meeting ? this.session.can('create', 'Decision', { regionId: meeting.regionId }) : false;
  });
  protected readonly canManage = computed(() => {
    const meeting = this.meeting();
    return meeting ? this.session.can('update', 'CollegeMeeting', { regionId: meeting.regionId }) : false;
  });
  private readonly ownersResource = queryResource(
    toObservable(computed(() => (this.canDecide() ? (this.meeting()?.regionId ?? null) : null))).pipe(
      filter((regionId): regionId is string => regionId !== null),
      switchMap((regionId) => this.ownersQuery.watch({ variables: { regionId } }).valueChanges),
    ),
    (data) => data.decisionOwners.map((person) => ({ id: person.id, name: person.functionTitle && !person.name.includes(person.functionTitle) ? `${person.name} (${person.functionTitle})` : person.name })),
  );
  protected readonly owners = computed(() => this.ownersResource.value() ?? []);
  /** Who attended and who sent apologies, each by name. */
  protected readonly attendance = computed(() => {
    const attendance = this.meeting()?.attendance ?? [];
    const names = (present: boolean) => attendance.filter((entry) => entry.present === present).map((entry) => entry.person.name).sort((a, b) => a.localeCompare(b, 'nl'));
    return { present: names(true), excused: names(false) };
  });
  protected readonly documentUrl = (id: string) => `/api/agenda-documents/${id}`;
  protected readonly names = (items: ReadonlyArray<{ name: string }>) => items.map((item) => item.name).join(', ');
}
