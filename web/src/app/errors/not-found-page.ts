import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Every address Regie does not know (404). */
@Component({
  selector: 'regie-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 class="utrecht-heading-1" tabindex="-1">{{ 'notFound.title' | translate }}</h1>
    <p class="utrecht-paragraph">{{ 'notFound.text' | translate }}</p>
    <p class="utrecht-paragraph">
      <a class="utrecht-link utrecht-link--html-a" routerLink="/">{{ 'common.toStart' | translate }}</a>
    </p>
  `,
})
export class NotFoundPage {}
