import { hashPassword, MunicipalityEntity, OrganisationEntity, PersonEntity, RegionEntity, RoleAssignmentEntity, UserEntity } from '@regie/api/core';
import { StrategyEntity, ThemeEntity, ThemeMandateEntity } from '@regie/api/strategy';
import { Role, slugify, todayIso } from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { seedUtrechtPlan } from './utrecht-2009-plan.seed';
import { seedLocalFit } from './local-fit.seed';
import { seedUtrechtReporting } from './utrecht-2009-reporting.seed';
import { CO_DRIVER_TASKS, DRIVER_TASKS } from './utrecht-2009-plan.data';
import reference from './utrecht-2009.json';

const THEME_TEXT: Record<string, { description: string; examples: string[] }> = {
  overlast: {
    description: 'Overlast in wijken en centra, met jeugdoverlast als voorbeeld: hinderlijke, overlastgevende en criminele jeugdgroepen.',
    examples: ['jeugdoverlast'],
  },
  ongelijkwaardigheid: {
    description: 'Ongelijke behandeling en uitsluiting, met de aanpak van discriminatie als voorbeeld.',
    examples: ['aanpak van discriminatie'],
  },
  ondermijning: {
    description: 'Georganiseerde criminaliteit die de samenleving ondermijnt, zoals mensenhandel en wietteelt.',
    examples: ['georganiseerde mensenhandel', 'wietteelt'],
  },
  'veelvoorkomende-criminaliteit': {
    description: 'Criminaliteit die veel mensen raakt, zoals fietsendiefstal, vernielingen, woninginbraak en autokraak.',
    examples: ['fietsendiefstal', 'vernielingen'],
  },
  'high-impact': {
    description: 'Misdrijven met grote maatschappelijke impact, zoals geweld tegen publieke gezagsdragers.',
    examples: ['geweld tegen publieke gezagsdragers'],
  },
};

const REGIONAL_ORGANISATIONS: Array<Pick<OrganisationEntity, 'name' | 'kind'>> = [
  { name: 'Politie Utrecht', kind: 'POLICE' },
  { name: 'Openbaar Ministerie, arrondissement Utrecht', kind: 'PUBLIC_PROSECUTION' },
  { name: 'Veiligheidsregio Utrecht', kind: 'SAFETY_REGION' },
  { name: 'Bureau Regionale Veiligheidsstrategie', kind: 'PROGRAMME_BUREAU' },
  { name: 'Bureau Ketensamenwerking', kind: 'PARTNER' },
  { name: 'Bureau Halt', kind: 'PARTNER' },
  { name: 'Reclassering', kind: 'PARTNER' },
  { name: 'Bureau Jeugdzorg', kind: 'PARTNER' },
  { name: 'GGD regio Utrecht', kind: 'PARTNER' },
];

const MANDATES_FROM = '2008-03-01';

/** Demo partner accounts: the e-mail's slug and the organisation they work for. */
const PARTNER_ACCOUNTS: Array<[string, string]> = [
  ['halt', 'Bureau Halt'],
  ['ggd', 'GGD regio Utrecht'],
  ['reclassering', 'Reclassering'],
];

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data is inconsistent: no ${what}`);
  return value;
}

/**
 * The demo region Utrecht around 2009 (../shared/domain/utrecht-2009.json). Idempotent: it does
 * nothing when the region exists. Demo accounts (password "demo") only when `withDemoAccounts`.
 */
export async function seedUtrecht2009(dataSource: DataSource, withDemoAccounts: boolean): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (await manager.existsBy(RegionEntity, { slug: 'utrecht' })) return false;
    const region = await manager.save(RegionEntity, manager.create(RegionEntity, { name: reference.region.name, slug: 'utrecht' }));
    const regionId = region.id;

    const municipalities = await manager.save(
      MunicipalityEntity,
      reference.municipalities.map((m) =>
        manager.create(MunicipalityEntity, { regionId, name: m.name, slug: slugify(m.name), cbsCode: m.cbsCode, population: m.population }),
      ),
    );
    const municipalityBySlug = new Map(municipalities.map((m) => [m.slug, m]));
    const municipalOrganisations = await manager.save(
      OrganisationEntity,
      municipalities.map((m) => manager.create(OrganisationEntity, { regionId, name: `Gemeente ${m.name}`, kind: 'MUNICIPALITY', municipalityId: m.id })),
    );
    const organisations = await manager.save(
      OrganisationEntity,
      REGIONAL_ORGANISATIONS.map((o) => manager.create(OrganisationEntity, { ...o, regionId, municipalityId: null })),
    );
    const organisation = (kind: OrganisationEntity['kind']) => required(organisations.find((o) => o.kind === kind), kind);

    const strategy = await manager.save(
      StrategyEntity,
      manager.create(StrategyEntity, {
        regionId,
        title: reference.strategy.title,
        periodStart: reference.strategy.periodStart,
        periodEnd: reference.strategy.periodEnd,
        status: 'ADOPTED',
        adoptedOn: '2008-02-14',
        adoptedBy: reference.strategy.adoptedBy,
      }),
    );

    const themes: ThemeEntity[] = [];
    const accounts: Array<{ email: string; name: string; personId?: string; grants: Array<Partial<RoleAssignmentEntity> & { role: Role }> }> = [];
    for (const [index, item] of reference.themes.entries()) {
      const text = THEME_TEXT[item.slug];
      const theme = await manager.save(
        ThemeEntity,
        manager.create(ThemeEntity, { strategyId: strategy.id, regionId, slug: item.slug, name: item.name, position: index + 1, ...text }),
      );
      themes.push(theme);
      const driverMunicipality = required(municipalityBySlug.get(item.demoDriverMunicipality), item.demoDriverMunicipality);
      const driverOrganisation = required(municipalOrganisations.find((o) => o.municipalityId === driverMunicipality.id), `Gemeente ${driverMunicipality.name}`);
      const [driver, prosecutor, policeChief] = await manager.save(PersonEntity, [
        manager.create(PersonEntity, { regionId, name: `Burgemeester van ${driverMunicipality.name}`, functionTitle: 'Burgemeester', organisationId: driverOrganisation.id }),
        manager.create(PersonEntity, { regionId, name: `Officier van justitie, thema ${item.name}`, functionTitle: 'Officier van justitie', organisationId: organisation('PUBLIC_PROSECUTION').id }),
        manager.create(PersonEntity, { regionId, name: `Politiechef, thema ${item.name}`, functionTitle: 'Politiechef', organisationId: organisation('POLICE').id }),
      ]);
      await manager.save(ThemeMandateEntity, [
        manager.create(ThemeMandateEntity, { themeId: theme.id, regionId, personId: driver.id, role: 'DRIVER', startsOn: MANDATES_FROM, tasks: DRIVER_TASKS }),
        manager.create(ThemeMandateEntity, { themeId: theme.id, regionId, personId: prosecutor.id, role: 'CO_DRIVER', startsOn: MANDATES_FROM, tasks: CO_DRIVER_TASKS }),
        // One mandate without written tasks: the 2008 evaluation's finding, left for the plan-quality check to show.
        manager.create(ThemeMandateEntity, { themeId: theme.id, regionId, personId: policeChief.id, role: 'CO_DRIVER', startsOn: MANDATES_FROM, tasks: item.slug === 'high-impact' ? null : CO_DRIVER_TASKS }),
      ]);
      accounts.push(
        { email: `driver.${item.slug}@regie.example`, name: driver.name, personId: driver.id, grants: [{ role: 'DRIVER', themeId: theme.id, organisationId: driverOrganisation.id }] },
        { email: `codriver.${item.slug}.om@regie.example`, name: prosecutor.name, personId: prosecutor.id, grants: [{ role: 'CO_DRIVER', themeId: theme.id, organisationId: organisation('PUBLIC_PROSECUTION').id }] },
        { email: `codriver.${item.slug}.politie@regie.example`, name: policeChief.name, personId: policeChief.id, grants: [{ role: 'CO_DRIVER', themeId: theme.id, organisationId: organisation('POLICE').id }] },
      );
    }

    await seedUtrechtPlan(manager, { regionId, themes, organisations: [...organisations, ...municipalOrganisations], municipalities });
    await seedLocalFit(manager, { regionId, themes, municipalities });

    if (withDemoAccounts) {
      accounts.push(
        { email: 'admin@regie.example', name: 'Functioneel beheerder', grants: [{ role: 'ADMIN' }] },
        { email: 'bureau@regie.example', name: 'Medewerker Bureau Regionale Veiligheidsstrategie', grants: [{ role: 'BUREAU', organisationId: organisation('PROGRAMME_BUREAU').id }] },
        { email: 'college@regie.example', name: 'Lid van het Regionaal College', grants: [{ role: 'COLLEGE' }] },
        { email: 'viewer@regie.example', name: 'Meelezer', grants: [{ role: 'VIEWER' }] },
        // Partner organisations update their own capacity lines and milestones on the actions they take part in.
        ...PARTNER_ACCOUNTS.map(([slug, name]) => ({
          email: `partner.${slug}@regie.example`,
          name: `Medewerker ${name}`,
          grants: [{ role: 'PARTNER' as const, organisationId: required(organisations.find((o) => o.name === name), name).id }],
        })),
        ...municipalOrganisations.map((o) => {
          const municipality = required(municipalities.find((m) => m.id === o.municipalityId), o.name);
          return {
            email: `gemeente.${municipality.slug}@regie.example`,
            name: `Ambtenaar integrale veiligheid, gemeente ${municipality.name}`,
            grants: [{ role: 'MUNICIPALITY' as const, municipalityId: municipality.id, organisationId: o.id }],
          };
        }),
      );
      await createDemoAccounts(manager, regionId, accounts);
      // The demo's fit assessments were drafted by each municipality's official (accounts exist only now).
      await manager.query(
        `UPDATE local_fit_assessment a SET drafted_by_user_id = r.user_id FROM role_assignment r
          WHERE r.role = 'MUNICIPALITY' AND r.municipality_id = a.municipality_id AND a.region_id = $1`,
        [regionId],
      );
    }
    await seedUtrechtReporting(manager, { regionId, strategy, themes, today: todayIso() });
    return true;
  });
}

async function createDemoAccounts(
  manager: EntityManager,
  regionId: string,
  accounts: Array<{ email: string; name: string; personId?: string; grants: Array<Partial<RoleAssignmentEntity> & { role: Role }> }>,
): Promise<void> {
  const passwordHash = await hashPassword('demo');
  for (const account of accounts) {
    const user = await manager.save(
      UserEntity,
      manager.create(UserEntity, { email: account.email, name: account.name, personId: account.personId ?? null, passwordHash, demo: true }),
    );
    await manager.save(
      RoleAssignmentEntity,
      account.grants.map((grant) => manager.create(RoleAssignmentEntity, { ...grant, userId: user.id, regionId: grant.role === 'ADMIN' ? null : regionId })),
    );
  }
}
