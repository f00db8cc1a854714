import { AuditEventEntity } from './audit-event.entity';
import { toAuditEvent } from './audit-event.model';

const event = (before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditEventEntity => ({
  id: '7',
  occurredAt: new Date('2009-10-12T10:00:00Z'),
  actorUserId: 'u1',
  regionId: 'r1',
  action: 'municipality.update',
  entityType: 'Municipality',
  entityId: 'm1',
  before,
  after,
  requestId: 'req-1',
});

describe('toAuditEvent', () => {
  it('lists only the fields that changed, as JSON', () => {
    const changes = toAuditEvent(event({ population: 60500, name: 'Zeist', websiteUrl: null, version: 1 }, { population: 60700, name: 'Zeist', websiteUrl: 'https://www.zeist.nl', version: 2 })).changes;
    expect(changes).toEqual([
      { field: 'population', before: '60500', after: '60700' },
      { field: 'version', before: '1', after: '2' },
      { field: 'websiteUrl', before: 'null', after: '"https://www.zeist.nl"' },
    ]);
  });

  it('shows every field of a created record on the after side', () => {
    expect(toAuditEvent(event(null, { title: 'Minder overlast' })).changes).toEqual([{ field: 'title', before: null, after: '"Minder overlast"' }]);
  });

  it('names the record by its title or name, after the change or, for a delete, before it', () => {
    expect(toAuditEvent(event({ title: 'Oud' }, { title: 'Nieuw' })).entityLabel).toBe('Nieuw');
    expect(toAuditEvent(event({ name: 'Zeist' }, null)).entityLabel).toBe('Zeist');
    expect(toAuditEvent(event({ amount: 2 }, { amount: 3 })).entityLabel).toBeNull();
  });
});
