import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore, queryResource } from '@regie/web/data-access';
import { AddLocalFitCommentGQL, ThemeLocalFitGQL } from '@regie/web/data-access/local-fit';
import { LoadState, RegieDateTimePipe } from '@regie/web/ui';
import { CommentForm } from '@regie/web/ui-forms';
import { LanguageStore } from '@regie/web/util';
import { firstValueFrom, switchMap } from 'rxjs';

/**
 * On the theme page: the municipalities where the theme fits only with adaptation or does not fit, with their
 * reasons and the comments on each assessment. The theme's driver, co-drivers and the bureau answer here,
 * without going to each municipality's page; the API checks again that the comment is on their theme.
 */
@Component({
  selector: 'regie-theme-local-fit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, CommentForm, LoadState, RegieDateTimePipe],
  template: `
    <section aria-labelledby="local-fit-heading">
      <h2 class="utrecht-heading-2" id="local-fit-heading">{{ 'localFit.theme.title' | translate }}</h2>
      <regie-load-state [loading]="resource.loading()" [problem]="resource.problem()" />
      @for (row of concerns(); track row.id) {
        <article class="regie-theme-fit" [attr.aria-labelledby]="'fit-' + row.id">
          <h3 class="utrecht-heading-3" [id]="'fit-' + row.id">
            <a class="utrecht-link utrecht-link--html-a" [routerLink]="['/gemeenten', row.municipality.id, 'overzicht']">{{ row.municipality.name }}</a>:
            {{ 'localFit.verdicts.' + row.verdict | translate }}
          </h3>
          <ul class="utrecht-unordered-list">
            @if (row.reasonProblemSize) {
              <li class="utrecht-unordered-list__item">{{ 'localFit.form.reasonProblemSize' | translate }}: {{ row.reasonProblemSize }}</li>
            }
            @if (row.reasonIvpMatch) {
              <li class="utrecht-unordered-list__item">{{ 'localFit.form.reasonIvpMatch' | translate }}: {{ row.reasonIvpMatch }}</li>
            }
            @if (row.reasonCapacity) {
              <li class="utrecht-unordered-list__item">{{ 'localFit.form.reasonCapacity' | translate }}: {{ row.reasonCapacity }}</li>
            }
            @if (row.adaptationAsked) {
              <li class="utrecht-unordered-list__item">{{ 'localFit.form.adaptationAsked' | translate }}: {{ row.adaptationAsked }}</li>
            }
          </ul>
          <h4 class="utrecht-heading-4" [id]="'fit-comments-' + row.id">{{ 'localFit.theme.commentsOf' | translate: { municipality: row.municipality.name } }}</h4>
          @if (row.comments.length) {
            <ul class="utrecht-unordered-list" [attr.aria-labelledby]="'fit-comments-' + row.id">
              @for (comment of row.comments; track comment.id) {
                <li class="utrecht-unordered-list__item">
                  <strong>{{ comment.authorName }}</strong><span class="regie-muted"> ({{ comment.createdAt | regieDateTime: language() }})</span>: {{ comment.body }}
                </li>
              }
            </ul>
          } @else {
            <p class="utrecht-paragraph">{{ 'localFit.comments.none' | translate }}</p>
          }
          @if (canComment()) {
            <regie-comment-form [subjectId]="row.id" [label]="'localFit.comments.add' | translate" [submitLabel]="'localFit.comments.save' | translate" [send]="sendComment" />
          }
        </article>
      } @empty {
        <!-- Only a loaded answer may say the theme fits everywhere. -->
        @if (resource.value()) {
          <p class="utrecht-paragraph">{{ 'localFit.theme.allFit' | translate }}</p>
        }
      }
    </section>
  `,
  styles: `
    .regie-theme-fit {
      border-inline-start: 4px solid var(--regie-color-warning);
      margin-block-end: var(--regie-space-md);
      padding-inline-start: var(--regie-space-md);
    }
  `,
})
export class ThemeLocalFit {
  readonly themeId = input.required<string>();
  private readonly query = inject(ThemeLocalFitGQL);
  private readonly session = inject(SessionStore);
  private readonly addComment = inject(AddLocalFitCommentGQL);
  protected readonly language = inject(LanguageStore).language;
  protected readonly resource = queryResource(
    toObservable(this.themeId).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.theme ?? null,
  );
  protected readonly concerns = computed(() => [...(this.resource.value()?.localFitConcerns ?? [])].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl')));
  /** The theme's driver and co-drivers and the bureau may comment; others only read. */
  protected readonly canComment = computed(() => {
    const theme = this.resource.value();
    return theme ? this.session.can('create', 'LocalFitComment', { regionId: theme.regionId, themeId: theme.id }) : false;
  });
  protected readonly sendComment = (assessmentId: string, body: string) =>
    firstValueFrom(this.addComment.mutate({ variables: { input: { assessmentId, body } }, refetchQueries: ['ThemeLocalFit'], awaitRefetchQueries: true }));
}
