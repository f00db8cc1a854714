import { Injectable } from '@nestjs/common';
import { JobHandler, ScheduledTask } from './job-handler';

/** Registry of job kinds and recurring tasks; core knows none of them, capabilities register theirs. */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly tasks = new Map<string, ScheduledTask>();
  private readonly taskListeners: ((task: ScheduledTask) => void)[] = [];

  register(handler: JobHandler): void {
    if (this.handlers.has(handler.kind)) throw new Error(`Job kind ${handler.kind} is registered twice.`);
    this.handlers.set(handler.kind, handler);
  }

  handler(kind: string): JobHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`No handler for job kind ${kind}.`);
    return handler;
  }

  schedule(task: ScheduledTask): void {
    this.tasks.set(task.name, task);
    this.taskListeners.forEach((listener) => listener(task));
  }

  task(name: string): ScheduledTask | undefined {
    return this.tasks.get(name);
  }

  /** The queue hears of every task, also those registered before it started. */
  onTask(listener: (task: ScheduledTask) => void): void {
    this.taskListeners.push(listener);
    this.tasks.forEach((task) => listener(task));
  }
}
