import { checkPlanQuality, PlanSnapshot } from './plan-quality';

const complete: PlanSnapshot = {
  themes: [{ id: 't1', mandates: [{ id: 'm1', role: 'DRIVER', tasks: 'Trekt de regionale aanpak' }, { id: 'm2', role: 'CO_DRIVER', tasks: 'Levert OM-cijfers' }] }],
  goals: [{ id: 'g1', themeId: 't1' }],
  indicators: [{ id: 'i1', goalId: 'g1', definition: 'Geregistreerde meldingen jeugdoverlast', unit: 'meldingen', baselineValue: 1200, targetValue: 900, targetDeadline: '2011-12-31' }],
  actions: [{ id: 'a1', themeId: 't1', goalIds: ['g1'], ownerOrganisationId: 'o1', analysis: 'Wijkscan 2008', milestoneCount: 2, capacityCount: 1, budgetLineCount: 1 }],
};

const checksOf = (plan: PlanSnapshot) => checkPlanQuality(plan).map((f) => `${f.check}:${f.subjectId}`);

describe('checkPlanQuality', () => {
  it('finds nothing in a complete plan', () => {
    expect(checkPlanQuality(complete)).toEqual([]);
  });

  it('flags a theme without driver and mandates without written tasks', () => {
    const plan = { ...complete, themes: [{ id: 't1', mandates: [{ id: 'm2', role: 'CO_DRIVER' as const, tasks: '  ' }] }] };
    expect(checksOf(plan)).toEqual(['THEME_WITHOUT_DRIVER:t1', 'MANDATE_WITHOUT_TASKS:m2']);
  });

  it('flags a goal whose only indicator has no unit, and the missing baseline and target', () => {
    const plan = { ...complete, indicators: [{ ...complete.indicators[0], unit: null, baselineValue: null, targetDeadline: null }] };
    expect(checksOf(plan)).toEqual(['GOAL_WITHOUT_MEASURABLE_INDICATOR:g1', 'INDICATOR_WITHOUT_BASELINE:i1', 'INDICATOR_WITHOUT_TARGET:i1']);
  });

  it('flags a goal without any action, with the theme to fix it in', () => {
    const findings = checkPlanQuality({ ...complete, actions: [] });
    expect(findings).toEqual([{ check: 'GOAL_WITHOUT_ACTION', subjectType: 'Goal', subjectId: 'g1', themeId: 't1' }]);
  });

  it('flags every gap of an empty action', () => {
    const action = { id: 'a2', themeId: 't1', goalIds: ['g1'], ownerOrganisationId: null, analysis: null, milestoneCount: 0, capacityCount: 0, budgetLineCount: 0 };
    expect(checksOf({ ...complete, actions: [action] })).toEqual([
      'ACTION_WITHOUT_OWNER:a2',
      'ACTION_WITHOUT_MILESTONES:a2',
      'ACTION_WITHOUT_CAPACITY:a2',
      'ACTION_WITHOUT_BUDGET:a2',
      'ACTION_WITHOUT_ANALYSIS:a2',
    ]);
  });
});
