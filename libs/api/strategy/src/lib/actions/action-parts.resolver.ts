import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Organisation } from '@regie/api/core';
import { BudgetLineEntity, CapacityCommitmentEntity, MilestoneEntity } from './action-parts.entity';
import { AddBudgetLineInput, AddCapacityInput, AddMilestoneInput, BudgetLine, CapacityCommitment, Milestone, UpdateBudgetLineInput, UpdateCapacityInput, UpdateMilestoneInput } from './action-parts.model';
import { ActionPartsService } from './action-parts.service';

@Resolver(() => Milestone)
export class MilestonesResolver {
  constructor(
    private readonly parts: ActionPartsService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation responsible for the milestone; its partner people may mark it done or move it.' })
  organisation(@Parent() milestone: Milestone, @Context() { loaders }: GraphqlContext) {
    return milestone.organisationId ? this.directoryLoaders.organisation(loaders).load(milestone.organisationId) : null;
  }

  @Mutation(() => Milestone)
  addMilestone(@CurrentActor() actor: Actor, @Args('input') input: AddMilestoneInput) {
    return this.parts.addMilestone(actor, input);
  }

  @Mutation(() => Milestone, { description: 'Changes a milestone; set doneOn to mark it done.' })
  updateMilestone(@CurrentActor() actor: Actor, @Args('input') input: UpdateMilestoneInput) {
    return this.parts.updateMilestone(actor, input);
  }

  @Mutation(() => Boolean)
  deleteMilestone(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.parts.remove(actor, MilestoneEntity, id);
  }
}

@Resolver(() => CapacityCommitment)
export class CapacityResolver {
  constructor(
    private readonly parts: ActionPartsService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Mutation(() => CapacityCommitment)
  addCapacity(@CurrentActor() actor: Actor, @Args('input') input: AddCapacityInput) {
    return this.parts.addCapacity(actor, input);
  }

  @Mutation(() => CapacityCommitment, { description: 'Changes the committed or realised amount or the note; send the version you read (stale: CONFLICT).' })
  updateCapacity(@CurrentActor() actor: Actor, @Args('input') input: UpdateCapacityInput) {
    return this.parts.updateCapacity(actor, input);
  }

  @Mutation(() => Boolean)
  deleteCapacity(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.parts.remove(actor, CapacityCommitmentEntity, id);
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() commitment: CapacityCommitment, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.organisation(loaders).load(commitment.organisationId);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLinesResolver {
  constructor(
    private readonly parts: ActionPartsService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Mutation(() => BudgetLine)
  addBudgetLine(@CurrentActor() actor: Actor, @Args('input') input: AddBudgetLineInput) {
    return this.parts.addBudgetLine(actor, input);
  }

  @Mutation(() => BudgetLine)
  updateBudgetLine(@CurrentActor() actor: Actor, @Args('input') input: UpdateBudgetLineInput) {
    return this.parts.updateBudgetLine(actor, input);
  }

  @Mutation(() => Boolean)
  deleteBudgetLine(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.parts.remove(actor, BudgetLineEntity, id);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() line: BudgetLine, @Context() { loaders }: GraphqlContext) {
    return line.organisationId ? this.directoryLoaders.organisation(loaders).load(line.organisationId) : null;
  }
}
