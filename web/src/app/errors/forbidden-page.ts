import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Shown at the requested address when the shared policy does not let this user open the page (403). */
@Component({
  selector: 'regie-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 class="utrecht-heading-1" tabindex="-1">{{ 'forbidden.title' | translate }}</h1>
    <p class="utrecht-paragraph">{{ 'forbidden.text' | translate }}</p>
    <p class="utrecht-paragraph">
      <a class="utrecht-link utrecht-link--html-a" routerLink="/">{{ 'common.toStart' | translate }}</a>
    </p>
  `,
})
export class ForbiddenPage {}
