import { decisionProblems } from './decisions';
import { orderTasks } from './my-tasks';

describe('orderTasks', () => {
  it('puts overdue first, then by due date, then undated', () => {
    const tasks = [
      { id: 'later', kind: 'FOLLOW_UP' as const, dueOn: '2010-06-01' },
      { id: 'undated', kind: 'FOLLOW_UP' as const, dueOn: null },
      { id: 'overdue-new', kind: 'SIGN_OFF' as const, dueOn: '2010-04-30' },
      { id: 'soon', kind: 'CONTRIBUTION' as const, dueOn: '2010-05-02' },
      { id: 'overdue-old', kind: 'CONTRIBUTION' as const, dueOn: '2010-01-01' },
    ];
    expect(orderTasks(tasks, '2010-05-01').map((task) => task.id)).toEqual(['overdue-old', 'overdue-new', 'soon', 'later', 'undated']);
  });
});

describe('decisionProblems', () => {
  it('needs an owner and a date only for assignments and commitments', () => {
    expect(decisionProblems({ kind: 'KENNISNEMEN', text: 'Het College neemt kennis' })).toEqual([]);
    expect(decisionProblems({ kind: 'OPDRACHT', text: 'Maak een plan' }).map((problem) => problem.field)).toEqual(['ownerPersonId', 'dueOn']);
    expect(decisionProblems({ kind: 'TOEZEGGING', text: 'x', ownerPersonId: 'p', dueOn: '2010-01-01' }).map((problem) => problem.field)).toEqual(['text']);
  });
});
