import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@regie/api/core';
import { MyTasksService } from './my-tasks.service';
import { MyTask } from './task.model';

@Resolver(() => MyTask)
export class MyTasksResolver {
  constructor(private readonly tasks: MyTasksService) {}

  @Query(() => [MyTask], { description: 'What is due from the signed-in user, overdue first.' })
  myTasks(@CurrentActor() actor: Actor) {
    return this.tasks.of(actor);
  }
}
