/** Colour classes for verdicts and participation levels; the text beside them always says the same. */
export function verdictClass(verdict: string | null | undefined): string {
  switch (verdict) {
    case 'FITS':
      return 'regie-fit regie-fit--fits';
    case 'FITS_WITH_ADAPTATION':
      return 'regie-fit regie-fit--adaptation';
    case 'DOES_NOT_FIT':
      return 'regie-fit regie-fit--not';
    default:
      return 'regie-fit regie-fit--unknown';
  }
}

export function participationClass(level: string | null | undefined): string {
  switch (level) {
    case 'FULL':
      return 'regie-fit regie-fit--fits';
    case 'PARTLY':
    case 'OWN_APPROACH':
      return 'regie-fit regie-fit--adaptation';
    case 'NOT':
      return 'regie-fit regie-fit--not';
    default:
      return 'regie-fit regie-fit--unknown';
  }
}

/** The newest cycle first ('2010' sorts after '2009'). */
export const byCycleDescending = <T extends { cycle: string }>(a: T, b: T) => b.cycle.localeCompare(a.cycle);
