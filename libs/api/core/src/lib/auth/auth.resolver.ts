import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Actor } from '../request/actor';
import { CurrentActor, Public } from '../request/current-actor.decorator';
import { GraphqlContext } from '../request/graphql-context';
import { AuthOptions, User } from './auth.models';
import { AuthService } from './auth.service';
import { LoginArgs } from './login.args';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';
import { UsersService } from './users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null without a session.' })
  me(@CurrentActor() actor: Actor) {
    return actor.principal ? this.users.byId(actor, actor.principal.userId) : null;
  }

  @Public()
  @Query(() => AuthOptions, { description: 'How users can sign in here; shown on the sign-in page.' })
  authOptions(): AuthOptions {
    return { oidcEnabled: this.config.oidcEnabled, demoMode: this.config.DEMO_MODE };
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in with a built-in account and sets the session cookie.' })
  async login(@CurrentActor() actor: Actor, @Args() { email, password }: LoginArgs, @Context() { res }: GraphqlContext) {
    const signedIn = await this.auth.login(actor, email, password);
    setSessionCookie(res, this.config, signedIn.token, signedIn.expiresAt);
    return signedIn.user;
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie.' })
  async logout(@CurrentActor() actor: Actor, @Context() { req, res }: GraphqlContext) {
    await this.auth.logout(actor, sessionTokenOf(req));
    clearSessionCookie(res, this.config);
    return true;
  }
}
