import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { LoginStore } from './login-store';
import { safeReturnUrl, signInErrorKey } from './return-url';

@Component({
  selector: 'regie-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  providers: [LoginStore],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly error = input<string>();
  readonly reason = input<string>();

  protected readonly store = inject(LoginStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('signInForm');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  /** The attempt's own error wins over one the OIDC callback reported before it. */
  protected readonly errorKey = computed(() => this.store.problem()?.messageKey ?? signInErrorKey(this.error()));
  protected readonly expired = computed(() => this.reason() === 'expired' && !this.errorKey());

  protected async submit(): Promise<void> {
    if (this.store.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => this.formElement().nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
      return;
    }
    const { email, password } = this.form.getRawValue();
    if (await this.store.signIn(email, password)) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }
    this.form.controls.password.reset();
  }
}
