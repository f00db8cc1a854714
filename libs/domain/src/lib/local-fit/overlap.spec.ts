import { actionPairOverlaps, localApproachOverlaps, overlapSignalFacts } from './overlap';

describe('localApproachOverlaps', () => {
  const actions = [
    { actionId: 'a1', goalIds: ['g1'], municipalityIds: ['utrecht', 'zeist'] },
    { actionId: 'a2', goalIds: ['g2'], municipalityIds: ['utrecht'] },
  ];

  it('flags an own approach for a goal that a regional action in the same municipality serves', () => {
    expect(localApproachOverlaps([{ participationId: 'p1', municipalityId: 'zeist', goalIds: ['g1'] }], actions)).toEqual([
      { kind: 'LOCAL_APPROACH_DUPLICATES_ACTION', participationId: 'p1', municipalityId: 'zeist', actionId: 'a1', goalId: 'g1' },
    ]);
  });

  it('does not flag an own approach when the action does not run in that municipality', () => {
    expect(localApproachOverlaps([{ participationId: 'p1', municipalityId: 'zeist', goalIds: ['g2'] }], actions)).toEqual([]);
  });

  it('does not flag an own approach for another goal, or without a goal', () => {
    expect(localApproachOverlaps([{ participationId: 'p1', municipalityId: 'utrecht', goalIds: ['g3'] }, { participationId: 'p2', municipalityId: 'utrecht', goalIds: [] }], actions)).toEqual([]);
  });

  it('flags every regional action the approach duplicates', () => {
    const signals = localApproachOverlaps([{ participationId: 'p1', municipalityId: 'utrecht', goalIds: ['g1', 'g2'] }], actions);
    expect(signals).toEqual([
      { kind: 'LOCAL_APPROACH_DUPLICATES_ACTION', participationId: 'p1', municipalityId: 'utrecht', actionId: 'a1', goalId: 'g1' },
      { kind: 'LOCAL_APPROACH_DUPLICATES_ACTION', participationId: 'p1', municipalityId: 'utrecht', actionId: 'a2', goalId: 'g2' },
    ]);
  });
});

describe('actionPairOverlaps', () => {
  it('flags two actions with a shared goal and at least half of the smaller set of municipalities in common', () => {
    const signals = actionPairOverlaps([
      { actionId: 'a1', goalIds: ['g1'], municipalityIds: ['u', 'z', 'n', 'h'] },
      { actionId: 'a2', goalIds: ['g1', 'g2'], municipalityIds: ['z', 'u'] },
    ]);
    expect(signals).toEqual([{ kind: 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES', actionId: 'a1', otherActionId: 'a2', goalId: 'g1', municipalityIds: ['u', 'z'] }]);
  });

  it('does not flag actions with a shared goal but few municipalities in common', () => {
    expect(
      actionPairOverlaps([
        { actionId: 'a1', goalIds: ['g1'], municipalityIds: ['u', 'z', 'n', 'h'] },
        { actionId: 'a2', goalIds: ['g1'], municipalityIds: ['u', 'x', 'y', 'w'] },
      ]),
    ).toEqual([]);
  });

  it('does not flag actions in the same municipalities for different goals', () => {
    expect(
      actionPairOverlaps([
        { actionId: 'a1', goalIds: ['g1'], municipalityIds: ['u'] },
        { actionId: 'a2', goalIds: ['g2'], municipalityIds: ['u'] },
      ]),
    ).toEqual([]);
  });

  it('does not flag actions that run in no municipality', () => {
    expect(
      actionPairOverlaps([
        { actionId: 'a1', goalIds: ['g1'], municipalityIds: [] },
        { actionId: 'a2', goalIds: ['g1'], municipalityIds: [] },
      ]),
    ).toEqual([]);
  });

  it('reports each pair once', () => {
    const actions = ['a1', 'a2', 'a3'].map((actionId) => ({ actionId, goalIds: ['g1'], municipalityIds: ['u'] }));
    const pair = (actionId: string, otherActionId: string) => ({ kind: 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES', actionId, otherActionId, goalId: 'g1', municipalityIds: ['u'] });
    expect(actionPairOverlaps(actions)).toEqual([pair('a1', 'a2'), pair('a1', 'a3'), pair('a2', 'a3')]);
  });
});

describe('overlapSignalFacts', () => {
  const pair = { kind: 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES', actionId: 'a2', otherActionId: 'a1', goalId: 'g1', municipalityIds: ['zeist', 'utrecht'] } as const;

  it('names the same pair the same way whatever the order of its actions and municipalities', () => {
    expect(overlapSignalFacts({ ...pair, municipalityIds: [...pair.municipalityIds] })).toBe(
      overlapSignalFacts({ ...pair, actionId: 'a1', otherActionId: 'a2', municipalityIds: ['utrecht', 'zeist'] }),
    );
    expect(overlapSignalFacts({ ...pair, municipalityIds: [...pair.municipalityIds] })).toBe('ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES|goal=g1|actions=a1,a2|municipalities=utrecht,zeist');
  });

  it('changes when a municipality joins the overlap or the goal changes, so a handled signal opens again', () => {
    const before = overlapSignalFacts({ ...pair, municipalityIds: ['utrecht', 'zeist'] });
    expect(overlapSignalFacts({ ...pair, municipalityIds: ['utrecht', 'zeist', 'de-bilt'] })).not.toBe(before);
    expect(overlapSignalFacts({ ...pair, goalId: 'g2', municipalityIds: ['utrecht', 'zeist'] })).not.toBe(before);
  });

  it('names a duplicated local approach by its participation, action, goal and municipality', () => {
    const signal = { kind: 'LOCAL_APPROACH_DUPLICATES_ACTION', participationId: 'p1', municipalityId: 'zeist', actionId: 'a1', goalId: 'g1' } as const;
    expect(overlapSignalFacts(signal)).toBe('LOCAL_APPROACH_DUPLICATES_ACTION|goal=g1|action=a1|participation=p1|municipalities=zeist');
    expect(overlapSignalFacts({ ...signal, actionId: 'a2' })).not.toBe(overlapSignalFacts(signal));
  });
});
