import { compareWithSizeClass, sizeClassOf } from './size-class';

describe('sizeClassOf', () => {
  it.each([
    [0, 'UP_TO_20K'],
    [19_999, 'UP_TO_20K'],
    [20_000, 'FROM_20K_TO_50K'],
    [49_999, 'FROM_20K_TO_50K'],
    [50_000, 'FROM_50K_TO_100K'],
    [99_999, 'FROM_50K_TO_100K'],
    [100_000, 'FROM_100K'],
    [300_000, 'FROM_100K'],
  ])('puts %d inhabitants in %s', (population, expected) => {
    expect(sizeClassOf(population)).toBe(expected);
  });

  it.each([null, undefined, -1, Number.NaN])('has no class for population %s', (population) => {
    expect(sizeClassOf(population)).toBeNull();
  });
});

describe('compareWithSizeClass', () => {
  const values = [
    { municipalityId: 'utrecht', population: 300_000, value: 900 },
    { municipalityId: 'zeist', population: 60_000, value: 100 },
    { municipalityId: 'nieuwegein', population: 61_000, value: 120 },
    { municipalityId: 'veenendaal', population: 62_000, value: 80 },
    { municipalityId: 'renswoude', population: 5_000, value: 4 },
  ];

  it('averages the other municipalities of the same size class, leaving out itself and other classes', () => {
    expect(compareWithSizeClass('zeist', 60_000, values)).toEqual({ sizeClass: 'FROM_50K_TO_100K', value: 100, peerAverage: 100, peerCount: 2 });
  });

  it('has no peer average when the municipality is alone in its class', () => {
    expect(compareWithSizeClass('utrecht', 300_000, values)).toEqual({ sizeClass: 'FROM_100K', value: 900, peerAverage: null, peerCount: 0 });
  });

  it('still compares when the municipality itself has no value', () => {
    expect(compareWithSizeClass('houten', 55_000, values)).toEqual({ sizeClass: 'FROM_50K_TO_100K', value: null, peerAverage: 100, peerCount: 3 });
  });

  it('does not compare a municipality of unknown size', () => {
    expect(compareWithSizeClass('zeist', null, values)).toEqual({ sizeClass: null, value: 100, peerAverage: null, peerCount: 0 });
  });
});
