import { ivpProblems } from './ivp';

describe('ivpProblems', () => {
  it('accepts a period that ends on or after its start, adopted with date and reference', () => {
    expect(ivpProblems({ periodStart: '2011-01-01', periodEnd: '2014-12-31', adoptedOn: '2010-12-16', adoptionReference: 'RB 2010-187' })).toEqual([]);
    expect(ivpProblems({ periodStart: '2011-01-01', periodEnd: '2011-01-01' })).toEqual([]);
  });

  it('refuses a period that ends before it starts, on the end date', () => {
    expect(ivpProblems({ periodStart: '2011-01-01', periodEnd: '2010-12-31' })).toEqual([{ field: 'periodEnd', messageKey: 'localFit.validation.periodOrder' }]);
  });

  it('asks for the adoption date when a decision reference is given, but not for a blank reference', () => {
    expect(ivpProblems({ periodStart: '2011-01-01', periodEnd: '2014-12-31', adoptedOn: null, adoptionReference: 'RB 2010-187' })).toEqual([{ field: 'adoptedOn', messageKey: 'localFit.validation.adoptionDateRequired' }]);
    expect(ivpProblems({ periodStart: '2011-01-01', periodEnd: '2014-12-31', adoptedOn: null, adoptionReference: '  ' })).toEqual([]);
  });

  it('leaves a missing period date to the field’s own check', () => {
    expect(ivpProblems({ periodStart: '', periodEnd: '2014-12-31' })).toEqual([]);
  });
});
