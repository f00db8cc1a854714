import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource } from '@regie/web/data-access';
import { ThemeLocalFitGQL } from '@regie/web/data-access/local-fit';
import { switchMap } from 'rxjs';

/** On the theme page: the municipalities where the theme fits only with adaptation or does not fit, with their reasons. */
@Component({
  selector: 'regie-theme-local-fit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <section aria-labelledby="local-fit-heading">
      <h2 class="utrecht-heading-2" id="local-fit-heading">{{ 'localFit.theme.title' | translate }}</h2>
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
        </article>
      } @empty {
        <p class="utrecht-paragraph">{{ 'localFit.theme.allFit' | translate }}</p>
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
  private readonly resource = queryResource(
    toObservable(this.themeId).pipe(switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.theme?.localFitConcerns ?? [],
  );
  protected readonly concerns = computed(() => [...(this.resource.value() ?? [])].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl')));
}
