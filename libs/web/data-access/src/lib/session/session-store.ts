import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Action, SubjectAttributes, SubjectName, asSubject, defineAbilityFor } from '@regie/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { SessionUserFragment } from '../../generated/graphql';
import { LoginGQL, LogoutGQL, MeGQL } from '../../generated/session';
import { toPrincipal } from './principal';

export type SessionUser = SessionUserFragment;
export type SessionStatus = 'unknown' | 'signedIn' | 'signedOut';

/** Who is signed in and what the shared policy lets them do; the one place that starts and ends sessions. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly meQuery = inject(MeGQL);
  private readonly loginMutation = inject(LoginGQL);
  private readonly logoutMutation = inject(LogoutGQL);
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  private readonly state = signal<{ status: SessionStatus; user: SessionUser | null }>({ status: 'unknown', user: null });
  private pending: Promise<SessionUser | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly signedIn = computed(() => this.state().status === 'signedIn');
  readonly ability = computed(() => defineAbilityFor(toPrincipal(this.user())));

  /** Asks the server once per page load who the session belongs to; guards wait for it. */
  resolve(): Promise<SessionUser | null> {
    const { status, user } = this.state();
    if (status !== 'unknown') return Promise.resolve(user);
    this.pending ??= firstValueFrom(this.meQuery.fetch({ fetchPolicy: 'network-only' }))
      .then((result) => {
        const me = result.data?.me ?? null;
        this.state.set({ status: me ? 'signedIn' : 'signedOut', user: me });
        return me;
      })
      // Unreachable server: treat as signed out for now and ask again on the next navigation.
      .catch(() => null)
      .finally(() => (this.pending = null));
    return this.pending;
  }

  /** Signs in; rejects with the server's error (wrong credentials, too many attempts) for the form to show. */
  async signIn(email: string, password: string): Promise<SessionUser> {
    const result = await firstValueFrom(this.loginMutation.mutate({ variables: { email, password } }));
    const user = result.data?.login;
    if (!user) throw new Error('The sign-in answer had no user.');
    // Nothing cached for a previous user may show for this one.
    await this.apollo.client.clearStore();
    this.state.set({ status: 'signedIn', user });
    return user;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.logoutMutation.mutate());
    } catch {
      // The session may already be gone on the server; signing out locally is still right.
    }
    await this.forget();
    await this.router.navigateByUrl('/login');
  }

  /** The server no longer knows this session: forget it and ask to sign in again, back to where the user was. */
  async expire(): Promise<void> {
    if (this.state().status !== 'signedIn') return;
    const returnUrl = this.router.url;
    await this.forget();
    await this.router.navigate(['/login'], { queryParams: { returnUrl, reason: 'expired' } });
  }

  /** Whether the shared policy allows an action; with a record, on that record (its id, region, theme…). */
  can(action: Action, subject: Exclude<SubjectName, 'all'>, record?: SubjectAttributes): boolean {
    return record ? this.ability().can(action, asSubject(subject, record)) : this.ability().can(action, subject);
  }

  private async forget(): Promise<void> {
    this.state.set({ status: 'signedOut', user: null });
    await this.apollo.client.clearStore();
  }
}
