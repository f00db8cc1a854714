import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { BackgroundJobFieldsFragment, BoardPackFormat } from '@regie/web/data-access';
import { BackgroundJobGQL, GenerateBoardPackGQL } from '@regie/web/data-access/jobs';
import { Alert } from '@regie/web/ui';
import { Problem, readProblem } from '@regie/web/util';
import { map, switchMap, takeWhile, timer } from 'rxjs';
import { runMutation } from '../shared/mutation';

const FORMATS: BoardPackFormat[] = ['PDF', 'DOCX', 'XLSX'];
/** How often a running job is asked for its progress. */
const POLL_MILLISECONDS = 400;

/**
 * "Vergaderstukken": generates the meeting's board pack on the server (PDF, Word, or the indicator annex
 * as Excel), shows its progress while it is made and then the download link.
 */
@Component({
  selector: 'regie-board-pack-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Alert],
  templateUrl: './board-pack-panel.html',
})
export class BoardPackPanel {
  readonly meetingId = input.required<string>();
  private readonly generate = inject(GenerateBoardPackGQL);
  private readonly jobQuery = inject(BackgroundJobGQL);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly formats = FORMATS;
  protected readonly jobs = signal<Partial<Record<BoardPackFormat, BackgroundJobFieldsFragment>>>({});
  protected readonly problem = signal<Problem | null>(null);

  protected busy(format: BoardPackFormat): boolean {
    const status = this.jobs()[format]?.status;
    return status === 'QUEUED' || status === 'RUNNING';
  }

  protected async start(format: BoardPackFormat): Promise<void> {
    if (this.busy(format)) return;
    this.problem.set(null);
    const outcome = await runMutation(this.generate.mutate({ variables: { meetingId: this.meetingId(), format } }));
    const job = outcome.result?.data?.generateBoardPack;
    if (!job) {
      this.problem.set(outcome.problem);
      return;
    }
    this.show(format, job);
    timer(POLL_MILLISECONDS, POLL_MILLISECONDS)
      .pipe(
        switchMap(() => this.jobQuery.fetch({ variables: { id: job.id }, fetchPolicy: 'network-only' })),
        map((result) => result.data?.job),
        takeWhile((latest) => latest?.status === 'QUEUED' || latest?.status === 'RUNNING', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (latest) => latest && this.show(format, latest),
        error: (error: unknown) => this.problem.set(readProblem(error)),
      });
  }

  private show(format: BoardPackFormat, job: BackgroundJobFieldsFragment): void {
    this.jobs.update((jobs) => ({ ...jobs, [format]: job }));
  }
}
