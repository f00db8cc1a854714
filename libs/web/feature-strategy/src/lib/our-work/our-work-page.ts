import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { queryResource, SessionStore } from '@regie/web/data-access';
import { OurWorkGQL } from '@regie/web/data-access/strategy';
import { LoadState } from '@regie/web/ui';
import { LanguageStore } from '@regie/web/util';
import { ActionCapacity } from '../edit/action-capacity';
import { ActionMilestones } from '../edit/action-milestones';

/**
 * "Ons werk": for a partner organisation's people, the actions their organisation owns or takes part in, each
 * with its capacity lines and milestones; the policy shows edit controls on the organisation's own lines only.
 */
@Component({
  selector: 'regie-our-work-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadState, ActionCapacity, ActionMilestones],
  templateUrl: './our-work-page.html',
})
export class OurWorkPage {
  protected readonly language = inject(LanguageStore).language;
  private readonly session = inject(SessionStore);
  private readonly resource = queryResource(inject(OurWorkGQL).watch({ fetchPolicy: 'cache-and-network' }).valueChanges, (data) => data.ourWork);
  protected readonly actions = this.resource.value;
  protected readonly loading = this.resource.loading;
  protected readonly problem = this.resource.problem;
  protected readonly refetch = ['OurWork'];

  /** The organisations the user works for as a partner, for the page's introduction. */
  protected readonly organisations = computed(() => {
    const ids = new Set((this.session.user()?.roles ?? []).filter((role) => role.role === 'PARTNER').map((role) => role.organisationId));
    const names = new Map<string, string>();
    for (const action of this.actions() ?? []) {
      for (const organisation of [action.ownerOrganisation, ...action.partners]) if (organisation && ids.has(organisation.id)) names.set(organisation.id, organisation.name);
    }
    return [...names.values()].join(', ');
  });

  /** Whether the user's organisation owns the action (otherwise it takes part as a partner). */
  protected owns(action: { ownerOrganisation: { id: string } | null }): boolean {
    return (this.session.user()?.roles ?? []).some((role) => role.role === 'PARTNER' && role.organisationId === action.ownerOrganisation?.id);
  }
}
