import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MyNotificationsQuery, queryResource } from '@regie/web/data-access';
import { MarkNotificationReadGQL, MyNotificationsGQL } from '@regie/web/data-access/notifications';
import { formatDate, LanguageStore } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

type NotificationItem = MyNotificationsQuery['myNotifications']['items'][number];
/** New reminders appear without a reload; the reminder pass itself runs hourly. */
const POLL_MILLISECONDS = 60_000;

/** The bell in the header: how many notifications are unread, and the list to open, follow and mark read. */
@Component({
  selector: 'regie-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.css',
})
export class NotificationBell {
  private readonly query = inject(MyNotificationsGQL);
  private readonly markRead = inject(MarkNotificationReadGQL);
  private readonly language = inject(LanguageStore).language;
  private readonly resource = queryResource(this.query.watch({ pollInterval: POLL_MILLISECONDS, fetchPolicy: 'cache-and-network' }).valueChanges, (data) => data.myNotifications);
  protected readonly open = signal(false);
  protected readonly unread = computed(() => this.resource.value()?.unreadCount ?? 0);
  protected readonly items = computed(() => this.resource.value()?.items ?? []);

  /** The message's placeholders; a due date reads as a date in the user's language. */
  protected params(item: NotificationItem): Record<string, string> {
    return Object.fromEntries(item.params.map(({ name, value }) => [name, name === 'due' ? formatDate(value, this.language()) : value]));
  }

  protected async read(item: NotificationItem): Promise<void> {
    if (item.read) return;
    await firstValueFrom(this.markRead.mutate({ variables: { id: item.id, version: item.version }, refetchQueries: ['MyNotifications'], awaitRefetchQueries: true })).catch(() => undefined);
  }
}
