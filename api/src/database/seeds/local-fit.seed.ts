import { MunicipalityEntity } from '@regie/api/core';
import { GoodPracticeEntity, IvpEntity, IvpPriorityEntity, LocalFitAssessmentEntity, LocalFitCommentEntity, ParticipationEntity, PracticeAdoptionEntity } from '@regie/api/local-fit';
import { ActionEntity, ActionMunicipalityEntity, GoalEntity, ThemeEntity } from '@regie/api/strategy';
import { EntityManager, In } from 'typeorm';
import { DEMO_ASSESSED_AT, DEMO_ASSESSMENTS, DEMO_COMMENTED_AT, DEMO_CYCLE, DEMO_PARTICIPATIONS, DEMO_PRACTICES, IVP_PRIORITY_TEMPLATES } from './local-fit.data';

export interface LocalFitSeedContext {
  regionId: string;
  themes: ThemeEntity[];
  municipalities: MunicipalityEntity[];
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Local-fit demo data is inconsistent: no ${what}`);
  return value;
}

/**
 * For all 29 municipalities: an IVP with three priorities, participation in every theme and in the regional
 * actions that run there, a fit assessment for every theme (some not fitting, with reasons), and the six
 * good practices with their adoption states.
 */
export async function seedLocalFit(manager: EntityManager, { regionId, themes, municipalities }: LocalFitSeedContext): Promise<void> {
  const theme = (slug: string) => required(themes.find((t) => t.slug === slug), `theme ${slug}`);
  const municipality = (slug: string) => required(municipalities.find((m) => m.slug === slug), `municipality ${slug}`);
  const goals = await manager.findBy(GoalEntity, { regionId });
  const actions = await manager.findBy(ActionEntity, { regionId });
  const actionLinks = actions.length ? await manager.findBy(ActionMunicipalityEntity, { actionId: In(actions.map((a) => a.id)) }) : [];

  // Multi-row inserts: the embedded database loads the demo on first start, so a few statements, not hundreds.
  const ivps = await manager.insert(
    IvpEntity,
    municipalities.map((m, index) => {
      const adopted = index % 7 !== 6;
      return {
        regionId,
        municipalityId: m.id,
        title: `Integraal veiligheidsplan ${m.name} 2008–2011`,
        periodStart: '2008-01-01',
        periodEnd: '2011-12-31',
        adoptedOn: adopted ? `2007-${String(10 + (index % 3)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}` : null,
        adoptionReference: adopted ? `Raadsbesluit 2007-${String(100 + index * 3)}` : null,
        linkUrl: m.websiteUrl,
      };
    }),
  );
  await manager.insert(
    IvpPriorityEntity,
    municipalities.flatMap((m, index) =>
      [index, index + 3, index + 5]
        .map((n) => IVP_PRIORITY_TEMPLATES[n % IVP_PRIORITY_TEMPLATES.length])
        .map(([title, safetyField, slug], position) => ({ ivpId: ivps.identifiers[index]['id'] as string, regionId, municipalityId: m.id, title, safetyField, themeId: slug ? theme(slug).id : null, position: position + 1 })),
    ),
  );

  const participations: Array<Partial<ParticipationEntity>> = [];
  const assessments: Array<Partial<LocalFitAssessmentEntity>> = [];
  for (const m of municipalities) {
    const fte = Math.max(0.2, Math.round(((m.population ?? 0) / 40_000) * 10) / 10);
    for (const t of themes) {
      const deviation = DEMO_PARTICIPATIONS.find((p) => p.municipality === m.slug && p.theme === t.slug);
      const localGoal = deviation?.localGoal ? required(goals.find((g) => g.themeId === t.id && g.title === deviation.localGoal), `goal ${deviation.localGoal}`) : null;
      const level = deviation?.level ?? 'FULL';
      participations.push({
        regionId,
        municipalityId: m.id,
        themeId: t.id,
        actionId: null,
        level,
        localApproach: deviation?.localApproach ?? null,
        localGoalId: localGoal?.id ?? null,
        contactName: `Ambtenaar integrale veiligheid, gemeente ${m.name}`,
        capacityFte: level === 'NOT' ? 0 : level === 'PARTLY' ? fte / 2 : fte,
        budgetEuro: level === 'NOT' ? 0 : Math.round(((m.population ?? 0) * 0.25) / 100) * 100,
        since: '2008-03-01',
      });
      const fit = DEMO_ASSESSMENTS.find((a) => a.municipality === m.slug && a.theme === t.slug);
      assessments.push({
        regionId,
        municipalityId: m.id,
        themeId: t.id,
        strategyId: t.strategyId,
        cycle: DEMO_CYCLE,
        verdict: fit?.verdict ?? 'FITS',
        reasonProblemSize: fit?.reasonProblemSize ?? null,
        reasonIvpMatch: fit?.reasonIvpMatch ?? null,
        reasonCapacity: fit?.reasonCapacity ?? null,
        adaptationAsked: fit?.adaptationAsked ?? null,
        // Recorded in the demo's own time, not on the day the demo was loaded.
        updatedAt: DEMO_ASSESSED_AT,
      });
    }
    // Per regional action that runs in the municipality: full participation, unless the theme is taken part in only partly.
    for (const link of actionLinks.filter((l) => l.municipalityId === m.id)) {
      const action = required(actions.find((a) => a.id === link.actionId), 'action');
      const themeLevel = participations.find((p) => p.municipalityId === m.id && p.themeId === action.themeId && p.actionId === null)?.level;
      participations.push({ regionId, municipalityId: m.id, themeId: action.themeId, actionId: action.id, level: themeLevel === 'FULL' ? 'FULL' : 'PARTLY', since: '2008-06-01' });
    }
  }
  await manager.insert(ParticipationEntity, participations);
  const inserted = await manager.insert(LocalFitAssessmentEntity, assessments);
  const saved = assessments.map((a, index) => ({ ...a, id: inserted.identifiers[index]['id'] as string }));

  for (const demo of DEMO_ASSESSMENTS.filter((a) => a.comment)) {
    const [authorName, body] = demo.comment ?? ['', ''];
    const assessment = required(saved.find((a) => a.municipalityId === municipality(demo.municipality).id && a.themeId === theme(demo.theme).id), 'assessment');
    await manager.insert(LocalFitCommentEntity, { assessmentId: assessment.id, regionId, themeId: assessment.themeId as string, authorUserId: null, authorName, body, createdAt: DEMO_COMMENTED_AT });
  }

  for (const demo of DEMO_PRACTICES) {
    const practice = await manager.save(
      GoodPracticeEntity,
      manager.create(GoodPracticeEntity, { regionId, title: demo.title, description: demo.description, themeId: theme(demo.theme).id, contact: demo.contact }),
    );
    const adoptions = Object.entries(demo.adoptions).map(([slug, value]) => {
      const [state, stoppedReason] = Array.isArray(value) ? value : [value, null];
      return { practiceId: practice.id, regionId, municipalityId: municipality(slug).id, state, stoppedReason };
    });
    if (adoptions.length) await manager.insert(PracticeAdoptionEntity, adoptions);
  }
}
