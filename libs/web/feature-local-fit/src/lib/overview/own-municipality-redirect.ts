import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';

/** `/onze-gemeente`: a municipality official goes straight to the own municipality's page. */
@Component({
  selector: 'regie-own-municipality-redirect',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 class="utrecht-heading-1" tabindex="-1">{{ 'localFit.overview.title' | translate }}</h1>
    <p class="utrecht-paragraph">{{ 'localFit.overview.noOwnMunicipality' | translate }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" routerLink="/lokale-aansluiting">{{ 'localFit.matrix.title' | translate }}</a></p>
  `,
})
export class OwnMunicipalityRedirect {
  private readonly session = inject(SessionStore);
  private readonly municipalityId = computed(() => this.session.user()?.roles.find((role) => role.municipalityId)?.municipalityId ?? null);

  constructor() {
    const id = this.municipalityId();
    if (id) void inject(Router).navigate(['/gemeenten', id, 'overzicht'], { replaceUrl: true });
  }
}
