import { DocumentSection, TableBlock } from '@regie/api/documents';
import { EMPTY_REPORT_CONTENT, ReportPrefill } from '@regie/domain';
import { BoardPackData, BoardPackReport } from './board-pack.data';
import { changeLine } from './board-pack-labels';
import { buildBoardPack, indicatorAnnex } from './board-pack.document';

const prefill: ReportPrefill = {
  asOf: '2010-06-01',
  indicators: [
    { indicatorId: 'i1', goalTitle: 'Minder overlast', name: 'Overlastmeldingen', unit: 'meldingen', direction: 'LOWER_IS_BETTER', baseline: 1200, target: 900, latestPeriod: '2010-Q1', latestValue: 950, previousPeriod: '2009-Q4', previousValue: 1010, trend: 'IMPROVING' },
    { indicatorId: 'i2', goalTitle: 'Minder overlast', name: 'Ervaren verloedering', unit: '%', direction: 'LOWER_IS_BETTER', baseline: 31, target: 25, latestPeriod: null, latestValue: null, previousPeriod: null, previousValue: null, trend: 'UNKNOWN' },
  ],
  actions: [{ actionId: 'a1', title: 'Aanpak jeugdgroepen', phase: 'EXECUTION', status: 'ON_TRACK', milestones: [{ milestoneId: 'm1', title: 'Shortlist in alle gemeenten', dueOn: '2010-05-01', doneOn: null, state: 'OVERDUE', movedFrom: null }] }],
  money: { budgetCommitted: 250000, budgetSpent: 120000, capacityHours: 800, capacityFte: 2.5 },
  followUps: [{ followUpId: 'f1', kind: 'OPDRACHT', text: 'Breid de aanpak uit naar Zeist.', ownerName: 'Burgemeester van Zeist', dueOn: '2010-04-01', meetingDate: '2010-02-11', overdue: true }],
  notFittingMunicipalities: [],
  changes: [{ kind: 'NEW_VALUE', subject: 'Overlastmeldingen', from: '1010', to: '950' }],
};

const report: BoardPackReport = {
  themeName: 'Overlast',
  cycleLabel: '2010-T1',
  edition: 2,
  content: {
    ...EMPTY_REPORT_CONTENT,
    dimensions: EMPTY_REPORT_CONTENT.dimensions.map((dimension) => ({ ...dimension, status: dimension.dimension === 'COOPERATION' ? 'AMBER' : 'GREEN', explanation: dimension.dimension === 'COOPERATION' ? 'De politie mist capaciteit.' : null })),
    narrative: 'De overlast daalt.',
    request: 'DECISION',
    requestText: 'Stem in met uitbreiding naar alle gemeenten.',
  },
  contributions: [{ organisationId: 'o1', organisationName: 'Openbaar Ministerie', authorUserId: 'u1', text: 'Het OM haalt de termijnen.' }],
  prefill,
  signedOffByName: 'Burgemeester van Utrecht',
  signedOffAt: '2010-05-28T10:00:00Z',
  submittedAt: '2010-06-08T10:00:00Z',
};

const data: BoardPackData = {
  regionName: 'Utrecht',
  meeting: { id: 'meeting', date: '2010-06-17', location: 'Provinciehuis, Utrecht', status: 'PLANNED' },
  agenda: [
    { position: 1, kind: 'THEME_REPORT', title: 'Voortgangsrapportage Overlast (2010-T1)', documents: [], report },
    { position: 2, kind: 'THEME_REPORT', title: 'Voortgangsrapportage Ondermijning (2010-T1)', documents: [], report: null },
    { position: 3, kind: 'PROPOSAL', title: 'Voorstel cameratoezicht', documents: ['voorstel-camera.pdf'], report: null },
  ],
  decisions: [],
};

const headings = (sections: DocumentSection[], depth = 1): string[] => sections.flatMap((section) => [`${depth}:${section.heading}`, ...headings(section.sections ?? [], depth + 1)]);
const section = (sections: DocumentSection[], heading: string) => sections.find((candidate) => candidate.heading === heading) as DocumentSection;
const subsections = (parent: DocumentSection) => parent.sections as DocumentSection[];

describe('buildBoardPack', () => {
  const pack = buildBoardPack(data);

  it('is a Dutch document titled after the region and the meeting date', () => {
    expect(pack).toMatchObject({ title: 'Vergaderstukken Regionaal College Utrecht, 17 juni 2010', language: 'nl-NL', author: 'Programmabureau Utrecht' });
  });

  it('has the cover note, agenda, decision proposals, the submitted reports and the annex, in that order', () => {
    expect(headings(pack.sections).filter((heading) => !heading.startsWith('3:'))).toEqual([
      '1:Aanbiedingsnotitie',
      '1:Agenda',
      '1:Besluitvoorstellen',
      '2:Overlast',
      '2:Voorstel cameratoezicht',
      '1:Voortgangsrapportages',
      '2:Overlast',
      '1:Bijlage: indicatoren',
    ]);
    expect(headings(subsections(section(pack.sections, 'Voortgangsrapportages')), 3)).toEqual([
      '3:Overlast',
      '4:Stand per onderdeel',
      '4:Toelichting',
      '4:Vraag aan het College',
      '4:Indicatoren',
      '4:Inspanningen en mijlpalen',
      '4:Capaciteit en geld',
      '4:Bijdragen van de partners',
      '4:Openstaande afspraken uit eerdere vergaderingen',
      '4:Wat is er veranderd sinds de vorige rapportage',
    ]);
  });

  it('summarises each theme’s traffic lights and the decisions asked in the cover note', () => {
    const cover = section(pack.sections, 'Aanbiedingsnotitie');
    expect(cover.blocks).toContainEqual({ kind: 'list', items: ['Overlast'] });
    const table = cover.blocks.find((block) => block.kind === 'table') as TableBlock;
    expect(table.rows).toEqual([['Overlast', 'Groen', 'Groen', 'Groen', 'Oranje', 'Besluit gevraagd']]);
    expect(cover.blocks).toContainEqual({ kind: 'paragraph', text: '17 juni 2010, Provinciehuis, Utrecht.', label: 'Vergadering:' });
  });

  it('draws a chart per indicator with a value, described in its text alternative', () => {
    const indicators = section(subsections(section(subsections(section(pack.sections, 'Voortgangsrapportages')), 'Overlast')), 'Indicatoren');
    const charts = indicators.blocks.filter((block) => block.kind === 'chart');
    expect(charts).toEqual([
      {
        kind: 'chart',
        chart: 'bar',
        title: 'Overlastmeldingen (Overlast)',
        alt: 'Staafdiagram Overlastmeldingen: Nulmeting 1.200 meldingen, 2009-Q4 1.010 meldingen, 2010-Q1 950 meldingen, Streefwaarde 900 meldingen; trend verbetert.',
        categories: ['Nulmeting', '2009-Q4', '2010-Q1', 'Streefwaarde'],
        series: [{ name: 'Overlastmeldingen', values: [1200, 1010, 950, 900] }],
        unit: 'meldingen',
      },
    ]);
  });

  it('lists every indicator of every submitted report in the annex, numbers as numbers', () => {
    expect(indicatorAnnex([report]).rows).toEqual([
      ['Overlast', 'Overlastmeldingen', 'meldingen', 1200, '2009-Q4', 1010, '2010-Q1', 950, 900, 'verbetert'],
      ['Overlast', 'Ervaren verloedering', '%', 31, null, null, null, null, 25, 'onbekend'],
    ]);
  });

  it('says so when no report has been submitted yet', () => {
    const empty = buildBoardPack({ ...data, agenda: [] });
    expect(section(empty.sections, 'Voortgangsrapportages').blocks).toEqual([{ kind: 'paragraph', text: 'Er zijn geen ingediende rapportages voor deze vergadering.' }]);
    expect(section(empty.sections, 'Besluitvoorstellen').blocks).toEqual([{ kind: 'paragraph', text: 'Er liggen geen besluitvoorstellen voor.' }]);
  });
});

describe('changeLine', () => {
  it('writes a new value in Dutch notation with its unit, a phase by name and a date written out', () => {
    expect(changeLine({ kind: 'NEW_VALUE', subject: 'Aandeel', from: '4695 (2009-K3)', to: '26.7 (2010-K1)', fromValue: 4695, toValue: 26.7, fromPeriod: '2009-K3', toPeriod: '2010-K1', unit: '%' })).toBe(
      'Nieuwe waarde voor Aandeel: 26,7 % (2010-K1) (was 4.695 % (2009-K3))',
    );
    expect(changeLine({ kind: 'PHASE_CHANGED', subject: 'Shortlist', from: 'PLAN', to: 'EXECUTION' })).toBe('Shortlist: fase Plan → Uitvoering');
    expect(changeLine({ kind: 'MILESTONE_MOVED', subject: 'Groepen', from: '2010-02-01', to: '2010-04-01' })).toBe('Mijlpaal Groepen verschoven van 1 februari 2010 naar 1 april 2010');
  });
});
