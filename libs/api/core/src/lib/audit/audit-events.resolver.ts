import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '../auth/auth.models';
import { UsersService } from '../auth/users.service';
import { Actor } from '../request/actor';
import { CurrentActor } from '../request/current-actor.decorator';
import { GraphqlContext } from '../request/graphql-context';
import { byKey } from '../request/loaders';
import { AuditEvent, AuditEventFilter, AuditEventPage } from './audit-event.model';
import { AuditEventsService } from './audit-events.service';

@Resolver(() => AuditEvent)
export class AuditEventsResolver {
  constructor(
    private readonly auditEventsService: AuditEventsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => AuditEventPage, { description: 'The audit trail, newest first (BUREAU: own region; ADMIN: all).' })
  auditEvents(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter?: AuditEventFilter) {
    return this.auditEventsService.page(actor, filter ?? new AuditEventFilter());
  }

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: AuditEvent, @Context() { loaders }: GraphqlContext) {
    if (!event.actorUserId) return null;
    return loaders.get('user', async (ids) => byKey(ids, await this.users.usersByIds(ids), (row) => row.id)).load(event.actorUserId);
  }
}
