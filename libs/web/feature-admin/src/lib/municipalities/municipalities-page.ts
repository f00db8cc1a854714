import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Alert, LoadState, RegieNumberPipe } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { MunicipalitiesStore } from './municipalities-store';

/** The municipalities of the region, with a way to edit those the user may edit. */
@Component({
  selector: 'regie-municipalities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, Alert, LoadState, RegieNumberPipe],
  templateUrl: './municipalities-page.html',
})
export class MunicipalitiesPage {
  protected readonly store = inject(MunicipalitiesStore);
  protected readonly language = inject(LanguageStore).language;

  constructor() {
    // The confirmation belongs to this visit of the list only.
    inject(DestroyRef).onDestroy(() => this.store.acknowledgeSaved());
  }
}
