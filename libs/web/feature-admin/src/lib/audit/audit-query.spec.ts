import { AUDIT_PAGE_SIZE, actionGroups, actionLabel, displayValue, parseAuditQuery, toFilter, toQueryParams } from './audit-query';

describe('audit query', () => {
  it('reads the address leniently: malformed values are no filter', () => {
    expect(parseAuditQuery({ entityType: 'Municipality', from: '29-11-2026', to: '2026-11-30', page: '-3' })).toEqual({
      entityType: 'Municipality',
      action: '',
      from: '',
      to: '2026-11-30',
      page: 1,
    });
  });

  it('asks the API for one page, whole days, and no empty filters', () => {
    const filter = toFilter({ entityType: '', action: 'municipality.update', from: '2026-11-01', to: '2026-11-30', page: 3 });
    expect(filter.entityType).toBeNull();
    expect(filter.action).toBe('municipality.update');
    expect(filter.offset).toBe(2 * AUDIT_PAGE_SIZE);
    expect(filter.limit).toBe(AUDIT_PAGE_SIZE);
    expect(new Date(String(filter.from)).getDate()).toBe(1);
    expect(new Date(String(filter.to)).getHours()).toBe(23);
  });

  it('keeps the address short: page 1 and empty filters are left out', () => {
    expect(toQueryParams({ entityType: 'Goal', action: '', from: '', to: '', page: 1 })).toEqual({ entityType: 'Goal', action: null, from: null, to: null, page: null });
  });

  it('offers the actions of the chosen kind of record, named as the API records them', () => {
    expect(actionGroups('Municipality')).toEqual([
      {
        entityType: 'Municipality',
        label: 'audit.entityTypes.Municipality',
        actions: [
          { value: 'municipality.create', label: 'audit.verbs.create' },
          { value: 'municipality.update', label: 'audit.verbs.update' },
          { value: 'municipality.delete', label: 'audit.verbs.delete' },
        ],
      },
    ]);
    expect(actionGroups('ThemeMandate')[0].actions.map((action) => action.value)).toContain('themeMandate.update');
    expect(actionGroups('User')[0].actions.map((action) => action.value)).toEqual(['session.login', 'session.login.oidc', 'session.logout']);
    expect(actionGroups('').length).toBe(10);
  });

  it('labels recorded actions, and leaves unknown ones to show as they are', () => {
    expect(actionLabel('budgetLine.delete')).toBe('audit.verbs.delete');
    expect(actionLabel('session.login.oidc')).toBe('audit.verbs.loginOidc');
    expect(actionLabel('report.signOff')).toBeNull();
  });

  it('shows audit values without JSON quotes and empty ones as a dash', () => {
    expect(displayValue('"https://www.zeist.nl"')).toBe('https://www.zeist.nl');
    expect(displayValue('63000')).toBe('63000');
    expect(displayValue('null')).toBe('—');
    expect(displayValue(null)).toBe('—');
  });
});
