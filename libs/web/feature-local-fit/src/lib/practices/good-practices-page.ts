import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LoadState } from '@regie/web/ui';
import { AdoptionForm } from './adoption-form';
import { GoodPracticesStore } from './good-practices-store';
import { PracticeForm } from './practice-form';

/** The good-practice library: what each practice is, who to ask, and how far its roll-out across the region is. */
@Component({
  selector: 'regie-good-practices-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LoadState, AdoptionForm, PracticeForm],
  providers: [GoodPracticesStore],
  templateUrl: './good-practices-page.html',
  styleUrl: '../shared/local-fit.css',
})
export class GoodPracticesPage {
  protected readonly store = inject(GoodPracticesStore);
  protected readonly adding = signal(false);
  /** The practice whose edit form is open, if any. */
  protected readonly editing = signal<string | null>(null);
}
