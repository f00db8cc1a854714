import { Injectable, inject, signal } from '@angular/core';
import { SessionStore, queryResource } from '@regie/web/data-access';
import { AuthOptionsGQL } from '@regie/web/data-access/session';
import { Problem, readProblem } from '@regie/web/util';

/** The sign-in page's state: how one may sign in here, and the last attempt's outcome. */
@Injectable()
export class LoginStore {
  private readonly session = inject(SessionStore);

  readonly authOptions = queryResource(inject(AuthOptionsGQL).watch().valueChanges, (data) => data.authOptions);

  private readonly submitting = signal(false);
  private readonly failure = signal<Problem | null>(null);
  readonly busy = this.submitting.asReadonly();
  readonly problem = this.failure.asReadonly();

  /** Resolves true when signed in; otherwise keeps the problem (wrong credentials, too many attempts) to show. */
  async signIn(email: string, password: string): Promise<boolean> {
    this.submitting.set(true);
    this.failure.set(null);
    try {
      await this.session.signIn(email, password);
      return true;
    } catch (error) {
      this.failure.set(readProblem(error));
      return false;
    } finally {
      this.submitting.set(false);
    }
  }
}
