import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource } from '@regie/web/data-access';
import { CloseFollowUpGQL, MyTasksGQL } from '@regie/web/data-access/reporting';
import { Alert, LoadState, RegieDatePipe } from '@regie/web/ui';
import { LanguageStore, Problem } from '@regie/web/util';
import { runMutation } from '../shared/mutation';

/** "Mijn taken": contributions, sign-offs, submissions and follow-ups due from the signed-in user, overdue first. */
@Component({
  selector: 'regie-tasks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, Alert, RegieDatePipe],
  templateUrl: './tasks-page.html',
})
export class TasksPage {
  protected readonly language = inject(LanguageStore).language;
  private readonly close = inject(CloseFollowUpGQL);
  private readonly resource = queryResource(inject(MyTasksGQL).watch({ fetchPolicy: 'cache-and-network' }).valueChanges, (data) => data.myTasks);
  protected readonly tasks = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly closeProblem = signal<Problem | null>(null);

  protected async closeFollowUp(id: string, version: number): Promise<void> {
    const outcome = await runMutation(this.close.mutate({ variables: { input: { id, version } }, refetchQueries: ['MyTasks'], awaitRefetchQueries: true }));
    this.closeProblem.set(outcome.problem);
  }
}
