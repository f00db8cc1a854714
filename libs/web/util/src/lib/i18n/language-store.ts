import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, Language, isLanguage } from './language';

const STORAGE_KEY = 'regie.language';

/** The language of the interface: chosen at run time, remembered in localStorage, reflected in <html lang>. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();

  /** Loads the remembered (or default) language; the app waits for it so no untranslated keys flash. */
  async restore(): Promise<void> {
    await this.use(this.remembered() ?? DEFAULT_LANGUAGE);
  }

  async use(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.current.set(language);
    this.document.documentElement.lang = language;
    this.remember(language);
  }

  private remembered(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      // Storage can be blocked by the browser's privacy settings; the default language still works.
      return null;
    }
  }

  private remember(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // See remembered(): without storage the choice lasts for this visit only.
    }
  }
}
