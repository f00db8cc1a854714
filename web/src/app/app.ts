import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { distinctUntilChanged, filter, map, skip } from 'rxjs';
import { AppHeader } from './layout/app-header';

@Component({
  selector: 'regie-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, TranslatePipe, AppHeader],
  templateUrl: './app.html',
  styleUrl: './app.css',
  host: { class: 'regie-theme utrecht-document' },
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    // The header shows who is signed in on every page, also those without a guard (404).
    void inject(SessionStore).resolve();
    // After moving to another page (not on the first load, not when only the query changes, as with a
    // filter), put focus on its heading, so keyboard and screen reader users start at the new content.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        distinctUntilChanged(),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => afterNextRender(() => this.focusHeading(), { injector: this.injector }));
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.focusHeading();
  }

  private focusHeading(): void {
    const main = this.main().nativeElement;
    const heading = main.querySelector<HTMLElement>('h1');
    (heading ?? main).focus();
  }
}
