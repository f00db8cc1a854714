import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Utrecht', 'utrecht'],
    ['De Bilt', 'de-bilt'],
    ['Utrechtse Heuvelrug', 'utrechtse-heuvelrug'],
    ['Wijk bij Duurstede', 'wijk-bij-duurstede'],
    ['IJsselstein', 'ijsselstein'],
    ['  Misdrijven met grote  impact ', 'misdrijven-met-grote-impact'],
    ['Café d’Été', 'cafe-d-ete'],
  ])('turns %p into %p', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
