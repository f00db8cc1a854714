import { Injectable } from '@angular/core';
import { MissingTranslationHandler, MissingTranslationHandlerParams } from '@ngx-translate/core';

/**
 * Server message keys are open-ended (a new validation rule adds one); show a general message in the
 * user's language instead of a raw key. Keys used in the code are covered by the key-coverage test.
 */
@Injectable()
export class RegieMissingTranslationHandler implements MissingTranslationHandler {
  handle({ key, translateService }: MissingTranslationHandlerParams): string {
    const fallback = key.startsWith('validation.') ? 'validation.invalid' : key.startsWith('errors.') ? 'errors.unknown' : null;
    if (!fallback) return key;
    const translated = translateService.instant(fallback);
    return typeof translated === 'string' && translated !== fallback ? translated : key;
  }
}
