import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { provideMissingTranslationHandler, provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { DEFAULT_LANGUAGE } from './language';
import { LanguageStore } from './language-store';
import { RegieMissingTranslationHandler } from './missing-translation';

/** ngx-translate with the JSON files the app serves at /i18n/{nl,en}.json; needs provideHttpClient(). */
export function provideTranslations(): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslateService({
      fallbackLang: DEFAULT_LANGUAGE,
      loader: provideTranslateHttpLoader({ prefix: '/i18n/', suffix: '.json' }),
      missingTranslationHandler: provideMissingTranslationHandler(RegieMissingTranslationHandler),
    }),
    provideAppInitializer(() => inject(LanguageStore).restore()),
  ];
}
