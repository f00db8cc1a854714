import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** `(id: ID!)` arguments: a malformed id is BAD_USER_INPUT, never a database error. */
@ArgsType()
export class IdArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

/** `(regionId: ID)` arguments of region-scoped lists. */
@ArgsType()
export class RegionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() regionId?: string;
}

/** `(regionId: ID!)` arguments of lists that always name their region. */
@ArgsType()
export class RequiredRegionArgs {
  @Field(() => ID) @IsUUID() regionId!: string;
}

/** `(strategyId: ID!)` arguments of lists within one strategy. */
@ArgsType()
export class StrategyArgs {
  @Field(() => ID) @IsUUID() strategyId!: string;
}
