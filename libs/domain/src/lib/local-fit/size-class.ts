/**
 * Size classes of municipalities by population, so a municipality compares itself with its peers
 * (Benchmark Veiligheid compares "municipalities of the same size") rather than only with the region,
 * where the large city dominates every figure. Bounds follow the usual CBS-style bands.
 */
export const SIZE_CLASSES = ['UP_TO_20K', 'FROM_20K_TO_50K', 'FROM_50K_TO_100K', 'FROM_100K'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const LOWER_BOUNDS: ReadonlyArray<[SizeClass, number]> = [
  ['FROM_100K', 100_000],
  ['FROM_50K_TO_100K', 50_000],
  ['FROM_20K_TO_50K', 20_000],
  ['UP_TO_20K', 0],
];

/** The size class of a population; null when the population is unknown. */
export function sizeClassOf(population: number | null | undefined): SizeClass | null {
  if (population === null || population === undefined || !Number.isFinite(population) || population < 0) return null;
  for (const [sizeClass, lower] of LOWER_BOUNDS) if (population >= lower) return sizeClass;
  return null;
}

export interface MunicipalValue {
  municipalityId: string;
  population: number | null;
  value: number;
}

export interface SizeClassComparison {
  sizeClass: SizeClass | null;
  /** The municipality's own value, null when it has none. */
  value: number | null;
  /** Mean over the other municipalities of the same size class that have a value; null when there are none. */
  peerAverage: number | null;
  peerCount: number;
}

/**
 * Compares one municipality's value with the average of the other municipalities in its size class.
 * The municipality itself is left out of the average: a peer comparison that includes yourself flatters.
 */
export function compareWithSizeClass(municipalityId: string, population: number | null, values: readonly MunicipalValue[]): SizeClassComparison {
  const sizeClass = sizeClassOf(population);
  const own = values.find((row) => row.municipalityId === municipalityId);
  const peers = sizeClass === null ? [] : values.filter((row) => row.municipalityId !== municipalityId && sizeClassOf(row.population) === sizeClass);
  const peerAverage = peers.length ? peers.reduce((sum, row) => sum + row.value, 0) / peers.length : null;
  return { sizeClass, value: own?.value ?? null, peerAverage, peerCount: peers.length };
}
