import { Route } from '@angular/router';
import { translationKey } from '@regie/web/util';
import { AccountPage } from './account/account-page';
import { LoginPage } from './login/login-page';

export const loginRoutes: Route[] = [{ path: '', component: LoginPage, title: translationKey('login.title') }];

export const accountRoutes: Route[] = [{ path: '', component: AccountPage, title: translationKey('account.title') }];
