import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Loaders } from '@regie/api/core';
import { IsOptional, IsUUID } from 'class-validator';
import { StrategyLoaders } from '../strategy.loaders';
import { ActionEntity } from './action.entity';

@ArgsType()
export class ActionFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only actions this organisation owns or takes part in.' }) @IsOptional() @IsUUID() partnerId?: string;
  @Field(() => ID, { nullable: true, description: 'Only actions this municipality takes part in.' }) @IsOptional() @IsUUID() municipalityId?: string;
}

/** Filters through the same per-request loaders, so filtering adds no statements per action. */
export async function filterActions(actions: ActionEntity[], filter: ActionFilterArgs, strategyLoaders: StrategyLoaders, loaders: Loaders): Promise<ActionEntity[]> {
  if (!filter.partnerId && !filter.municipalityId) return actions;
  const ids = actions.map((action) => action.id);
  const [partners, municipalities] = await Promise.all([
    strategyLoaders.partnerLinksOfAction(loaders).loadMany(ids),
    strategyLoaders.municipalityLinksOfAction(loaders).loadMany(ids),
  ]);
  return actions.filter((action, index) => {
    const partnerLinks = partners[index];
    const municipalityLinks = municipalities[index];
    const byPartner = !filter.partnerId || action.ownerOrganisationId === filter.partnerId || (Array.isArray(partnerLinks) && partnerLinks.some((link) => link.organisationId === filter.partnerId));
    const byMunicipality = !filter.municipalityId || (Array.isArray(municipalityLinks) && municipalityLinks.some((link) => link.municipalityId === filter.municipalityId));
    return byPartner && byMunicipality;
  });
}
