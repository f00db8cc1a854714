import { EnvironmentProviders, Injector, Provider, inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isSessionExpired, readProblem } from '@regie/web/util';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { SessionStore } from '../session/session-store';

/** Operations whose UNAUTHENTICATED answer is about the attempt itself, not an expired session. */
const SESSION_OPERATIONS = new Set(['Login', 'Logout', 'Me']);

/**
 * Apollo against the same-origin /graphql endpoint (the session cookie goes along by itself). An
 * expired session on any other operation sends the user to the sign-in page once, from one place.
 */
export function provideApi(): (Provider | EnvironmentProviders)[] {
  return [
    provideApollo(() => {
      const httpLink = inject(HttpLink);
      const injector = inject(Injector);
      const expiredSession = new ErrorLink(({ error, operation }) => {
        if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
        // Resolved lazily: the session store itself depends on Apollo.
        if (isSessionExpired(readProblem(error))) void injector.get(SessionStore).expire();
      });
      return {
        link: ApolloLink.from([expiredSession, httpLink.create({ uri: '/graphql' })]),
        cache: new InMemoryCache(),
      };
    }),
  ];
}
