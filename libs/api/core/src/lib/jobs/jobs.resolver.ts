import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../request/actor';
import { CurrentActor } from '../request/current-actor.decorator';
import { BackgroundJob, toBackgroundJob } from './background-job.model';
import { JobsService } from './jobs.service';

@Resolver(() => BackgroundJob)
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Query(() => BackgroundJob, { description: 'A background job you started: status, progress and, once done, where to download.' })
  async job(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<BackgroundJob> {
    return toBackgroundJob(await this.jobs.job(actor, id));
  }
}
