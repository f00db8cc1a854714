import { PersonEntity, UserEntity } from '@regie/api/core';
import {
  AgendaItemEntity,
  CollegeMeetingEntity,
  DecisionEntity,
  FollowUpEntity,
  ProgressReportEntity,
  ProgressReportVersionEntity,
  ReportContributionEntity,
  ReportCycleEntity,
  ReportPrefillService,
  prefillScope,
} from '@regie/api/reporting';
import { OrganisationEntity } from '@regie/api/core';
import { StrategyEntity, ThemeEntity, ThemeMandateEntity } from '@regie/api/strategy';
import { addDays, DEFAULT_LEAD_TIMES, DecisionKind, EMPTY_REPORT_CONTENT, RagStatus, ReportContent } from '@regie/domain';
import { EntityManager, In } from 'typeorm';

interface ReportingSeedContext {
  regionId: string;
  strategy: StrategyEntity;
  themes: ThemeEntity[];
  /** Today, as an ISO date: the cycle in progress is placed around it so its deadlines are live. */
  today: string;
}

const COMPLETED = [
  { label: '2009-T2', meeting: '2009-10-15', location: 'Provinciehuis, Utrecht' },
  { label: '2009-T3', meeting: '2010-02-11', location: 'Stadhuis, Utrecht' },
  { label: '2010-T1', meeting: '2010-06-17', location: 'Provinciehuis, Utrecht' },
];

/** Traffic lights per theme and cycle (results, actions, capacity and money, cooperation). */
const LIGHTS: Record<string, RagStatus[][]> = {
  overlast: [['AMBER', 'GREEN', 'GREEN', 'GREEN'], ['GREEN', 'GREEN', 'AMBER', 'GREEN'], ['GREEN', 'GREEN', 'GREEN', 'GREEN']],
  ongelijkwaardigheid: [['GREEN', 'GREEN', 'GREEN', 'AMBER'], ['GREEN', 'AMBER', 'GREEN', 'AMBER'], ['GREEN', 'GREEN', 'GREEN', 'GREEN']],
  ondermijning: [['AMBER', 'RED', 'AMBER', 'GREEN'], ['AMBER', 'AMBER', 'AMBER', 'GREEN'], ['GREEN', 'AMBER', 'GREEN', 'GREEN']],
  'veelvoorkomende-criminaliteit': [['GREEN', 'AMBER', 'GREEN', 'GREEN'], ['GREEN', 'GREEN', 'GREEN', 'GREEN'], ['AMBER', 'GREEN', 'GREEN', 'GREEN']],
  'high-impact': [['GREEN', 'GREEN', 'GREEN', 'GREEN'], ['AMBER', 'GREEN', 'GREEN', 'AMBER'], ['AMBER', 'AMBER', 'GREEN', 'AMBER']],
};

const EXPLANATION: Record<RagStatus, string | null> = {
  GREEN: null,
  AMBER: 'Loopt achter op planning; bijsturing is afgesproken in het kernteam.',
  RED: 'Capaciteit bij de partners ontbreekt; zonder besluit van het College schuift de mijlpaal een half jaar op.',
};

function contentFor(theme: ThemeEntity, cycleIndex: number, label: string): ReportContent {
  const lights = LIGHTS[theme.slug]?.[cycleIndex] ?? ['GREEN', 'GREEN', 'GREEN', 'GREEN'];
  const asksDecision = theme.slug === 'ondermijning' && cycleIndex === 0;
  return {
    dimensions: EMPTY_REPORT_CONTENT.dimensions.map((dimension, index) => ({ dimension: dimension.dimension, status: lights[index], explanation: EXPLANATION[lights[index]] })),
    narrative: `In ${label} is de regionale aanpak van ${theme.name.toLowerCase()} volgens plan voortgezet; de cijfers staan in de bijlage.`,
    achievements: 'De afspraken met de ketenpartners zijn nagekomen en twee gemeenten zijn aangesloten.',
    risks: lights.includes('RED') || lights.includes('AMBER') ? 'Capaciteit bij politie en OM staat onder druk.' : null,
    request: asksDecision ? 'DECISION' : 'INFORMATION',
    requestText: asksDecision ? 'Het College wordt gevraagd in te stemmen met extra capaciteit voor de integrale aanpak hennepteelt.' : null,
  };
}

interface Demo {
  users: Map<string, string>;
  drivers: Map<string, PersonEntity>;
  policeChiefs: Map<string, PersonEntity>;
  organisations: { om: OrganisationEntity; politie: OrganisationEntity };
}

/**
 * Three completed cycles of 2009–2010 (signed off, submitted, discussed, with decisions and some follow-ups
 * still open) and one cycle in progress: a draft, a missing contribution and an overdue sign-off.
 */
export async function seedUtrechtReporting(manager: EntityManager, { regionId, strategy, themes, today }: ReportingSeedContext): Promise<void> {
  const demo = await lookUp(manager, regionId, themes);
  const prefills = new ReportPrefillService();
  const userOf = (email: string) => demo.users.get(email) ?? null;

  for (const [cycleIndex, completed] of COMPLETED.entries()) {
    const meeting = await manager.save(CollegeMeetingEntity, manager.create(CollegeMeetingEntity, { regionId, date: completed.meeting, location: completed.location, status: 'HELD' }));
    const cycle = await manager.save(ReportCycleEntity, manager.create(ReportCycleEntity, { strategyId: strategy.id, regionId, label: completed.label, meetingId: meeting.id, ...DEFAULT_LEAD_TIMES }));
    const signedOffAt = new Date(`${addDays(completed.meeting, -20)}T10:00:00Z`);
    const submittedAt = new Date(`${addDays(completed.meeting, -9)}T10:00:00Z`);
    for (const [position, theme] of themes.entries()) {
      const driverUser = userOf(`driver.${theme.slug}@regie.example`);
      const omUser = userOf(`codriver.${theme.slug}.om@regie.example`);
      const politieUser = userOf(`codriver.${theme.slug}.politie@regie.example`);
      const content = contentFor(theme, cycleIndex, completed.label);
      const report = await manager.save(
        ProgressReportEntity,
        manager.create(ProgressReportEntity, {
          cycleId: cycle.id, themeId: theme.id, regionId, status: 'DISCUSSED', edition: 1, content,
          authorUserIds: [driverUser].filter((id): id is string => Boolean(id)),
          signedOffBy: driverUser, signedOffAt, submittedAt, updatedAt: submittedAt,
        }),
      );
      const contributions = [
        { organisation: demo.organisations.om, author: omUser, text: `Het OM heeft in ${completed.label} de afspraken over vervolging binnen de termijnen gehaald.` },
        { organisation: demo.organisations.politie, author: politieUser, text: `De politie heeft de inzet voor ${theme.name.toLowerCase()} volgens de prestatieafspraken geleverd.` },
      ];
      for (const contribution of contributions) {
        if (!contribution.author) continue;
        await manager.save(ReportContributionEntity, manager.create(ReportContributionEntity, { reportId: report.id, regionId, organisationId: contribution.organisation.id, authorUserId: contribution.author, text: contribution.text, updatedAt: signedOffAt }));
      }
      const prefill = await prefills.compute(manager, prefillScope(theme.id, completed.meeting, today));
      await manager.save(
        ProgressReportVersionEntity,
        manager.create(ProgressReportVersionEntity, {
          reportId: report.id, regionId, edition: 1, content,
          contributions: contributions.filter((c) => c.author).map((c) => ({ organisationId: c.organisation.id, organisationName: c.organisation.name, authorUserId: c.author ?? '', text: c.text })),
          prefill, signedOffBy: driverUser, signedOffAt, submittedBy: null, submittedAt,
        }),
      );
      const item = await manager.save(
        AgendaItemEntity,
        manager.create(AgendaItemEntity, { meetingId: meeting.id, regionId, position: position + 1, kind: 'THEME_REPORT', title: `Voortgangsrapportage ${theme.name} (${completed.label})`, reportId: report.id }),
      );
      await decide(manager, { regionId, meetingId: meeting.id, agendaItemId: item.id, themeId: theme.id }, 'KENNISNEMEN', `Het College neemt kennis van de voortgangsrapportage ${theme.name}.`);
      for (const followUp of FOLLOW_UPS.filter((f) => f.cycle === cycleIndex && f.theme === theme.slug)) {
        const owner = followUp.owner === 'driver' ? demo.drivers.get(theme.slug) : demo.policeChiefs.get(theme.slug);
        await decide(manager, { regionId, meetingId: meeting.id, agendaItemId: item.id, themeId: theme.id }, followUp.kind, followUp.text, { ownerPersonId: owner?.id ?? null, dueOn: followUp.dueOn, closedOn: followUp.closedOn });
      }
    }
  }

  await seedCycleInProgress(manager, { regionId, strategy, themes, today }, demo);
}

const FOLLOW_UPS: Array<{ cycle: number; theme: string; kind: DecisionKind; owner: 'driver' | 'politie'; text: string; dueOn: string; closedOn: string | null }> = [
  { cycle: 0, theme: 'overlast', kind: 'OPDRACHT', owner: 'driver', text: 'Werk de shortlistmethodiek uit tot een aanpak voor alle gemeenten.', dueOn: '2009-12-31', closedOn: '2010-01-20' },
  { cycle: 0, theme: 'ondermijning', kind: 'TOEZEGGING', owner: 'politie', text: 'De politie levert elk kwartaal de cijfers over ruimingen van hennepkwekerijen.', dueOn: '2010-04-01', closedOn: null },
  { cycle: 1, theme: 'veelvoorkomende-criminaliteit', kind: 'OPDRACHT', owner: 'driver', text: 'Breng in kaart welke gemeenten de bestuurlijke strafbeschikking willen invoeren.', dueOn: '2010-05-01', closedOn: null },
  { cycle: 2, theme: 'high-impact', kind: 'OPDRACHT', owner: 'driver', text: 'Stel een plan van aanpak op tegen geweld tegen publieke gezagsdragers.', dueOn: '2010-10-01', closedOn: null },
];

async function decide(
  manager: EntityManager,
  at: { regionId: string; meetingId: string; agendaItemId: string; themeId: string },
  kind: DecisionKind,
  text: string,
  followUp?: { ownerPersonId: string | null; dueOn: string; closedOn: string | null },
): Promise<void> {
  const decision = await manager.save(
    DecisionEntity,
    manager.create(DecisionEntity, { agendaItemId: at.agendaItemId, meetingId: at.meetingId, regionId: at.regionId, kind, text, ownerPersonId: followUp?.ownerPersonId ?? null, dueOn: followUp?.dueOn ?? null }),
  );
  if (followUp?.ownerPersonId) {
    await manager.save(
      FollowUpEntity,
      manager.create(FollowUpEntity, {
        decisionId: decision.id, regionId: at.regionId, themeId: at.themeId, ownerPersonId: followUp.ownerPersonId, dueOn: followUp.dueOn,
        status: followUp.closedOn ? 'CLOSED' : 'OPEN', closedOn: followUp.closedOn, closingNote: followUp.closedOn ? 'Aanpak vastgesteld en verspreid.' : null,
      }),
    );
  }
}

/** The meeting ten days from now: contributions and sign-off deadlines have passed, papers go out in three days. */
async function seedCycleInProgress(manager: EntityManager, { regionId, strategy, themes, today }: ReportingSeedContext, demo: Demo): Promise<void> {
  const meetingDate = addDays(today, 10);
  const meeting = await manager.save(CollegeMeetingEntity, manager.create(CollegeMeetingEntity, { regionId, date: meetingDate, location: 'Provinciehuis, Utrecht', status: 'PLANNED' }));
  const cycle = await manager.save(ReportCycleEntity, manager.create(ReportCycleEntity, { strategyId: strategy.id, regionId, label: `Lopende cyclus ${meetingDate.slice(0, 4)}`, meetingId: meeting.id, ...DEFAULT_LEAD_TIMES }));
  const bureauUser = demo.users.get('bureau@regie.example') ?? null;
  for (const theme of themes) {
    const drafted = theme.slug === 'overlast';
    const content: ReportContent = drafted
      ? {
          ...EMPTY_REPORT_CONTENT,
          dimensions: EMPTY_REPORT_CONTENT.dimensions.map((d) => ({ ...d, status: 'GREEN' as const })),
          narrative: 'Concept van het bureau: de shortlistmethodiek is in alle gemeenten ingevoerd.',
        }
      : EMPTY_REPORT_CONTENT;
    const report = await manager.save(
      ProgressReportEntity,
      manager.create(ProgressReportEntity, { cycleId: cycle.id, themeId: theme.id, regionId, status: drafted ? 'CONTRIBUTIONS' : 'DRAFT', edition: 1, content, authorUserIds: drafted && bureauUser ? [bureauUser] : [] }),
    );
    const omUser = demo.users.get(`codriver.${theme.slug}.om@regie.example`);
    // Overlast: the OM has contributed, the police has not (the missing contribution); nobody has signed off (overdue).
    if (drafted && omUser) {
      await manager.save(ReportContributionEntity, manager.create(ReportContributionEntity, { reportId: report.id, regionId, organisationId: demo.organisations.om.id, authorUserId: omUser, text: 'Het OM heeft de afdoening van jeugdzaken binnen 90 dagen gehaald.' }));
    }
  }
}

async function lookUp(manager: EntityManager, regionId: string, themes: ThemeEntity[]): Promise<Demo> {
  const users = await manager.find(UserEntity, { where: { email: In(themes.flatMap((t) => [`driver.${t.slug}@regie.example`, `codriver.${t.slug}.om@regie.example`, `codriver.${t.slug}.politie@regie.example`]).concat('bureau@regie.example')) } });
  const mandates = await manager.find(ThemeMandateEntity, { where: { regionId } });
  const persons = await manager.find(PersonEntity, { where: { regionId } });
  const personById = new Map(persons.map((p) => [p.id, p]));
  const organisations = await manager.find(OrganisationEntity, { where: { regionId, kind: In(['POLICE', 'PUBLIC_PROSECUTION']) } });
  const bySlug = (predicate: (person: PersonEntity) => boolean) =>
    new Map(
      themes.flatMap((theme) => {
        const person = mandates.filter((m) => m.themeId === theme.id).map((m) => personById.get(m.personId)).find((p): p is PersonEntity => Boolean(p && predicate(p)));
        return person ? [[theme.slug, person] as const] : [];
      }),
    );
  const om = organisations.find((o) => o.kind === 'PUBLIC_PROSECUTION');
  const politie = organisations.find((o) => o.kind === 'POLICE');
  if (!om || !politie) throw new Error('Demo data is inconsistent: no police or public prosecution organisation');
  return {
    users: new Map(users.map((u) => [u.email, u.id])),
    drivers: bySlug((p) => p.functionTitle === 'Burgemeester'),
    policeChiefs: bySlug((p) => p.functionTitle === 'Politiechef'),
    organisations: { om, politie },
  };
}
