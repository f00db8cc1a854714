import { byKey, groupByKey, Loaders } from './loaders';

describe('byKey and groupByKey', () => {
  const rows = [
    { id: 'b', parent: 'x' },
    { id: 'a', parent: 'x' },
    { id: 'c', parent: 'y' },
  ];

  it('answers one row per key in key order, null where missing', () => {
    expect(byKey(['a', 'z', 'b'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
  });

  it('answers one list per key, empty where nothing matches', () => {
    expect(groupByKey(['y', 'x', 'z'], rows, (row) => row.parent)).toEqual([[rows[2]], [rows[0], rows[1]], []]);
  });
});

describe('Loaders', () => {
  it('batches the loads of one tick into one call and reuses the loader by name', async () => {
    const loaders = new Loaders();
    const batch = jest.fn(async (keys: readonly string[]) => keys.map((key) => key.toUpperCase()));
    const results = await Promise.all([loaders.get('upper', batch).load('a'), loaders.get('upper', batch).load('b'), loaders.get('upper', batch).load('a')]);
    expect(results).toEqual(['A', 'B', 'A']);
    expect(batch.mock.calls).toEqual([[['a', 'b']]]);
  });
});
