import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();
  it('names columns in snake case, keeping explicit names', () => {
    expect(naming.columnName('ownerOrganisationId', undefined, [])).toBe('owner_organisation_id');
    expect(naming.columnName('baseline', 'baseline_value', [])).toBe('baseline_value');
    expect(naming.tableName('ThemeMandateEntity', 'theme_mandate')).toBe('theme_mandate');
    expect(naming.joinColumnName('theme', 'id')).toBe('theme_id');
  });
});
