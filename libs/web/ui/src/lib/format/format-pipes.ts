import { Pipe, PipeTransform } from '@angular/core';
import { Language, formatDate, formatDateTime, formatNumber } from '@regie/web/util';

/** `{{ strategy.periodStart | regieDate: language() }}` → "1 januari 2008". Pure: the language is an argument. */
@Pipe({ name: 'regieDate' })
export class RegieDatePipe implements PipeTransform {
  transform(value: string | null | undefined, language: Language): string {
    return formatDate(value, language);
  }
}

/** `{{ event.occurredAt | regieDateTime: language() }}` → "29-11-2026 01:12". */
@Pipe({ name: 'regieDateTime' })
export class RegieDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, language: Language): string {
    return formatDateTime(value, language);
  }
}

/** `{{ municipality.population | regieNumber: language() }}` → "143.000". */
@Pipe({ name: 'regieNumber' })
export class RegieNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, language: Language): string {
    return formatNumber(value, language);
  }
}
