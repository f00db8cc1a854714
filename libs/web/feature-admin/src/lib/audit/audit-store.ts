import { Signal, computed, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { AuditEventsQuery, queryResource } from '@regie/web/data-access';
import { AuditEventsGQL } from '@regie/web/data-access/audit';
import { switchMap } from 'rxjs';
import { AUDIT_PAGE_SIZE, AuditQuery, toFilter } from './audit-query';

export type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];

/**
 * One page of the audit trail for the query in the address bar. Created by the page in its injection
 * context with the page's query signal, so the query has one source: the route.
 */
export class AuditStore {
  private readonly gql = inject(AuditEventsGQL);
  private readonly resource;

  readonly events: Signal<AuditEvent[]>;
  readonly total: Signal<number | undefined>;
  readonly pageCount: Signal<number>;
  readonly loading: Signal<boolean>;
  readonly problem;

  constructor(query: Signal<AuditQuery>) {
    this.resource = queryResource(
      // The audit trail grows with every change anyone makes: always ask the server.
      toObservable(query).pipe(switchMap((current) => this.gql.watch({ variables: { filter: toFilter(current) }, fetchPolicy: 'network-only' }).valueChanges)),
      (data) => data.auditEvents,
    );
    this.events = computed(() => this.resource.value()?.items ?? []);
    this.total = computed(() => this.resource.value()?.total);
    this.pageCount = computed(() => Math.max(1, Math.ceil((this.total() ?? 0) / AUDIT_PAGE_SIZE)));
    this.loading = this.resource.loading;
    this.problem = this.resource.problem;
  }
}
