import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES, Language, LanguageStore } from '@regie/web/util';

/** Each language is named in itself (and marked with its lang), so every user finds their own. */
const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

@Component({
  selector: 'regie-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="regie-language-switch" role="group" [attr.aria-label]="'language.label' | translate">
      @for (language of languages; track language) {
        <button
          type="button"
          class="utrecht-button utrecht-button--subtle regie-language-switch__button"
          [attr.lang]="language"
          [attr.aria-pressed]="store.language() === language"
          (click)="store.use(language)"
        >
          {{ names[language] }}
        </button>
      }
    </div>
  `,
  styles: `
    .regie-language-switch {
      display: flex;
      gap: var(--regie-space-2xs);
    }
    .regie-language-switch__button[aria-pressed='true'] {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.25em;
    }
  `,
})
export class LanguageSwitch {
  protected readonly store = inject(LanguageStore);
  protected readonly languages = LANGUAGES;
  protected readonly names = NAMES;
}
