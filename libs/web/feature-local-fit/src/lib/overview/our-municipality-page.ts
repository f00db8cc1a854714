import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AddLocalFitCommentGQL } from '@regie/web/data-access/local-fit';
import { LoadState, RegieDatePipe, RegieDateTimePipe, RegieNumberPipe } from '@regie/web/ui';
import { CommentForm } from '@regie/web/ui-forms';
import { LanguageStore } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';
import { participationClass, verdictClass } from '../shared/local-fit-labels';
import { FitAssessmentForm } from './fit-assessment-form';
import { IvpForm } from './ivp-form';
import { IvpPriorityForm } from './ivp-priority-form';
import { OurMunicipalityStore } from './our-municipality-store';
import { ParticipationForm } from './participation-form';

/** "Onze gemeente": everything regional that concerns one municipality, printable for the council. */
@Component({
  selector: 'regie-our-municipality-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, RegieDatePipe, RegieDateTimePipe, RegieNumberPipe, FitAssessmentForm, CommentForm, ParticipationForm, IvpPriorityForm, IvpForm],
  providers: [OurMunicipalityStore],
  templateUrl: './our-municipality-page.html',
  styleUrl: '../shared/local-fit.css',
})
export class OurMunicipalityPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly store = inject(OurMunicipalityStore);
  protected readonly language = inject(LanguageStore).language;
  protected readonly verdictClass = verdictClass;
  protected readonly participationClass = participationClass;
  /** The theme whose fit form is open, if any. */
  protected readonly editing = signal<string | null>(null);
  /** The theme whose renewal (a new assessment for today's cycle) is open, if any. */
  protected readonly renewing = signal<string | null>(null);
  /** The theme whose participation form is open, if any. */
  protected readonly editingParticipation = signal<string | null>(null);
  /** The regional action whose participation form is open, if any. */
  protected readonly editingActionParticipation = signal<string | null>(null);
  /** The IVP whose form is open ('new' for a new one), if any. */
  protected readonly editingIvp = signal<string | null>(null);
  /** The IVP priority whose form is open, if any. */
  protected readonly editingPriority = signal<string | null>(null);

  private readonly addComment = inject(AddLocalFitCommentGQL);
  protected readonly sendComment = (assessmentId: string, body: string) =>
    firstValueFrom(this.addComment.mutate({ variables: { input: { assessmentId, body } }, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true }));

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }

  protected print(): void {
    window.print();
  }
}
