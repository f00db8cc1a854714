import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, IdArgs } from '@regie/api/core';
import { HandOverInput, HandoverResult, PersonHoldings } from './handover.models';
import { HandoverService } from './handover.service';

@Resolver(() => PersonHoldings)
export class HandoverResolver {
  constructor(private readonly handover: HandoverService) {}

  @Query(() => PersonHoldings, { description: 'What a person holds (mandates, actions, follow-ups, pending report tasks), for a handover.' })
  personHoldings(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.handover.holdings(actor, id);
  }

  @Mutation(() => HandoverResult, { description: 'Moves the chosen holdings to a successor in one transaction, audited; the successor is notified.' })
  handOver(@CurrentActor() actor: Actor, @Args('input') input: HandOverInput) {
    return this.handover.handOver(actor, input);
  }
}
