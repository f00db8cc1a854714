import { FieldError } from '@regie/api/core';
import { parsePeriod, periodRange } from '@regie/domain';
import { IndicatorEntity } from '../indicators/indicator.entity';

export interface MeasurementDraft {
  municipalityId?: string | null;
  period: string;
}

/**
 * Checks a measurement against its indicator: the period must have the indicator's cadence, and the
 * municipality must belong to the indicator's region. Returns the derived period end, or field errors.
 */
export function checkMeasurement(
  indicator: Pick<IndicatorEntity, 'cadence' | 'regionId'>,
  draft: MeasurementDraft,
  municipalityRegionId: string | null | undefined,
  prefix = '',
): { periodEnd: string; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const period = parsePeriod(draft.period);
  if (!period) {
    errors.push({ field: `${prefix}period`, messageKey: 'validation.period', message: `${draft.period} is not a period such as 2009-Q1.` });
  } else if (period.cadence !== indicator.cadence) {
    errors.push({ field: `${prefix}period`, messageKey: 'validation.periodCadence', message: `${draft.period} does not match the indicator's cadence ${indicator.cadence}.`, params: { cadence: indicator.cadence } });
  }
  if (draft.municipalityId && municipalityRegionId !== indicator.regionId) {
    errors.push({ field: `${prefix}municipalityId`, messageKey: 'validation.municipalityOutsideRegion', message: 'The municipality is not in this region.' });
  }
  return { periodEnd: period ? periodRange(period).end : '', errors };
}
