import { ChartBlock, DocumentBlock, DocumentModel, DocumentSection, TableBlock } from '@regie/api/documents';
import type { PrefillIndicator, ReportPrefill } from '@regie/domain';
import { BoardPackData, BoardPackReport } from './board-pack.data';
import { changeLine, dutchDate, label, NL } from './board-pack-labels';

/**
 * The Regionaal College's pack as one document: cover note, agenda, decision proposals, the submitted
 * theme reports with their charts and tables, and the indicator annex. Pure: data in, document out.
 */
export function buildBoardPack(data: BoardPackData): DocumentModel {
  const reports = data.agenda.filter((item) => item.report).map((item) => item.report as BoardPackReport);
  return {
    title: boardPackTitle(data),
    language: 'nl-NL',
    subject: `Vergadering van het Regionaal College ${data.regionName}`,
    author: `Programmabureau ${data.regionName}`,
    sections: [
      coverNote(data, reports),
      agenda(data),
      decisionProposals(data, reports),
      ...(data.decisions.length ? [decisionsTaken(data)] : []),
      { heading: 'Voortgangsrapportages', pageBreakBefore: true, blocks: reports.length ? [] : [paragraph('Er zijn geen ingediende rapportages voor deze vergadering.')], sections: reports.map(reportSection) },
      { heading: 'Bijlage: indicatoren', pageBreakBefore: true, blocks: [indicatorAnnex(reports)] },
    ],
  };
}

export function boardPackTitle(data: BoardPackData): string {
  return `Vergaderstukken Regionaal College ${data.regionName}, ${dutchDate(data.meeting.date)}`;
}

/** The annex as the spreadsheet gets it. */
export function indicatorAnnex(reports: BoardPackReport[]): TableBlock {
  return {
    kind: 'table',
    caption: 'Indicatoren per thema',
    header: ['Thema', 'Indicator', 'Eenheid', 'Nulmeting', 'Vorige periode', 'Vorige waarde', 'Laatste periode', 'Laatste waarde', 'Streefwaarde', 'Trend'],
    rows: reports.flatMap((report) =>
      report.prefill.indicators.map((indicator) => [
        report.themeName,
        indicator.name,
        indicator.unit,
        indicator.baseline,
        indicator.previousPeriod,
        indicator.previousValue,
        indicator.latestPeriod,
        indicator.latestValue,
        indicator.target,
        label(NL.trend, indicator.trend),
      ]),
    ),
  };
}

function coverNote(data: BoardPackData, reports: BoardPackReport[]): DocumentSection {
  const proposals = data.agenda.filter((item) => item.kind === 'PROPOSAL');
  const asked = reports.filter((report) => report.content.request === 'DECISION');
  const where = data.meeting.location ? `, ${data.meeting.location}` : '';
  return {
    heading: 'Aanbiedingsnotitie',
    blocks: [
      paragraph(`Aan de leden van het Regionaal College ${data.regionName}.`),
      paragraph(`${dutchDate(data.meeting.date)}${where}.`, 'Vergadering:'),
      paragraph(
        `Het programmabureau biedt u de stukken voor deze vergadering aan: ${count(reports.length, 'voortgangsrapportage', 'voortgangsrapportages')} van de thema's en ${count(proposals.length, 'voorstel', 'voorstellen')}. ` +
          `Elke rapportage is door de driver van het thema afgetekend en bevat de bijdragen van de partners.`,
      ),
      ...(asked.length
        ? [paragraph('Het College wordt gevraagd te besluiten over de rapportages van:'), { kind: 'list' as const, items: asked.map((report) => report.themeName) }]
        : [paragraph('Geen van de rapportages vraagt om een besluit; zij zijn ter informatie.')]),
      {
        kind: 'table',
        caption: 'Stand per thema',
        header: ['Thema', ...Object.values(NL.dimension), 'Vraag aan het College'],
        rows: reports.map((report) => [
          report.themeName,
          ...Object.keys(NL.dimension).map((dimension) => label(NL.rag, report.content.dimensions.find((item) => item.dimension === dimension)?.status, NL.ragNone)),
          label(NL.request, report.content.request),
        ]),
      },
    ],
  };
}

function agenda(data: BoardPackData): DocumentSection {
  return {
    heading: 'Agenda',
    blocks: data.agenda.length
      ? [{ kind: 'list', ordered: true, items: data.agenda.map((item) => `${item.title} (${label(NL.agendaKind, item.kind).toLowerCase()})`) }]
      : [paragraph('De agenda is nog leeg.')],
  };
}

function decisionProposals(data: BoardPackData, reports: BoardPackReport[]): DocumentSection {
  const fromReports: DocumentSection[] = reports
    .filter((report) => report.content.request === 'DECISION')
    .map((report) => ({ heading: report.themeName, blocks: [paragraph(report.content.requestText ?? '', 'Gevraagd besluit:')] }));
  const proposals: DocumentSection[] = data.agenda
    .filter((item) => item.kind === 'PROPOSAL')
    .map((item) => ({
      heading: item.title,
      blocks: item.documents.length ? [paragraph('Het voorstel staat in de bijgevoegde stukken:'), { kind: 'list' as const, items: item.documents }] : [paragraph('Het voorstel wordt in de vergadering toegelicht.')],
    }));
  const sections = [...fromReports, ...proposals];
  return { heading: 'Besluitvoorstellen', blocks: sections.length ? [] : [paragraph('Er liggen geen besluitvoorstellen voor.')], sections };
}

function decisionsTaken(data: BoardPackData): DocumentSection {
  return {
    heading: 'Besluiten',
    blocks: [
      {
        kind: 'table',
        caption: 'Besluiten van het College',
        header: ['Agendapunt', 'Soort', 'Besluit', 'Eigenaar', 'Termijn'],
        rows: data.decisions.map((decision) => [decision.agendaTitle, label(NL.decisionKind, decision.kind), decision.text, decision.ownerName, decision.dueOn ? dutchDate(decision.dueOn) : null]),
      },
    ],
  };
}

function reportSection(report: BoardPackReport): DocumentSection {
  const { content, prefill } = report;
  const signed = report.signedOffByName && report.signedOffAt ? `, afgetekend door ${report.signedOffByName} op ${dutchDate(report.signedOffAt)}` : '';
  const text = (heading: string, value: string | null): DocumentSection[] => (value?.trim() ? [{ heading, blocks: [paragraph(value)] }] : []);
  const withValues = prefill.indicators.filter((indicator) => indicator.latestValue !== null);
  return {
    heading: report.themeName,
    blocks: [paragraph(`Cyclus ${report.cycleLabel}, versie ${report.edition}${signed}, ingediend op ${dutchDate(report.submittedAt)}.`)],
    sections: [
      {
        heading: 'Stand per onderdeel',
        blocks: [
          {
            kind: 'table',
            caption: `Stand per onderdeel, ${report.themeName}`,
            header: ['Onderdeel', 'Stand', 'Toelichting'],
            rows: content.dimensions.map((item) => [label(NL.dimension, item.dimension), label(NL.rag, item.status, NL.ragNone), item.explanation]),
          },
        ],
      },
      ...text('Toelichting', content.narrative),
      ...text('Resultaten en successen', content.achievements),
      ...text('Risico’s en knelpunten', content.risks),
      { heading: 'Vraag aan het College', blocks: [paragraph(content.requestText?.trim() || '–', `${label(NL.request, content.request)}:`)] },
      {
        heading: 'Indicatoren',
        blocks: prefill.indicators.length
          ? [...withValues.map((indicator) => indicatorChart(report.themeName, indicator)), indicatorTable(report)]
          : [paragraph('Voor dit thema zijn nog geen indicatoren vastgelegd.')],
      },
      { heading: 'Inspanningen en mijlpalen', blocks: prefill.actions.length ? [actionsTable(report)] : [paragraph('Geen inspanningen vastgelegd.')] },
      {
        heading: 'Capaciteit en geld',
        blocks: [
          {
            kind: 'table',
            caption: `Capaciteit en geld, ${report.themeName}`,
            header: ['Post', 'Waarde'],
            rows: [
              ['Budget toegezegd (€)', prefill.money.budgetCommitted],
              ['Budget besteed (€)', prefill.money.budgetSpent],
              ['Capaciteit (fte)', prefill.money.capacityFte],
              ['Capaciteit (uren)', prefill.money.capacityHours],
            ],
          },
        ],
      },
      ...(report.contributions.length
        ? [{ heading: 'Bijdragen van de partners', blocks: report.contributions.map((contribution) => paragraph(contribution.text, `${contribution.organisationName}:`)) }]
        : []),
      ...(prefill.followUps.length
        ? [
            {
              heading: 'Openstaande afspraken uit eerdere vergaderingen',
              blocks: [
                {
                  kind: 'table' as const,
                  caption: `Openstaande afspraken, ${report.themeName}`,
                  header: ['Afspraak', 'Eigenaar', 'Termijn', 'Vergadering'],
                  rows: prefill.followUps.map((followUp) => [
                    `${followUp.text}${followUp.overdue ? ' (te laat)' : ''}`,
                    followUp.ownerName,
                    followUp.dueOn ? dutchDate(followUp.dueOn) : null,
                    dutchDate(followUp.meetingDate),
                  ]),
                },
              ],
            },
          ]
        : []),
      ...(prefill.notFittingMunicipalities.length
        ? [{ heading: 'Gemeenten waar het thema niet (zonder aanpassing) past', blocks: [{ kind: 'list' as const, items: prefill.notFittingMunicipalities.map(localFitLine) }] }]
        : []),
      ...(prefill.changes.length
        ? [{ heading: 'Wat is er veranderd sinds de vorige rapportage', blocks: [{ kind: 'list' as const, items: prefill.changes.map(changeLine) }] }]
        : []),
    ],
  };
}

function indicatorChart(themeName: string, indicator: PrefillIndicator): ChartBlock {
  const points: [string, number | null][] = [
    ['Nulmeting', indicator.baseline],
    [indicator.previousPeriod ?? 'Vorige', indicator.previousValue],
    [indicator.latestPeriod ?? 'Laatste', indicator.latestValue],
    ['Streefwaarde', indicator.target],
  ];
  const shown = points.filter(([, value]) => value !== null) as [string, number][];
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  return {
    kind: 'chart',
    chart: 'bar',
    title: `${indicator.name} (${themeName})`,
    alt: `Staafdiagram ${indicator.name}: ${shown.map(([name, value]) => `${name} ${value.toLocaleString('nl-NL')}${unit}`).join(', ')}; trend ${label(NL.trend, indicator.trend)}.`,
    categories: shown.map(([name]) => name),
    series: [{ name: indicator.name, values: shown.map(([, value]) => value) }],
    unit: indicator.unit ?? undefined,
  };
}

function indicatorTable(report: BoardPackReport): TableBlock {
  return {
    kind: 'table',
    caption: `Indicatoren, ${report.themeName}`,
    header: ['Indicator', 'Eenheid', 'Nulmeting', 'Vorige', 'Laatste', 'Streefwaarde', 'Trend'],
    rows: report.prefill.indicators.map((indicator) => [
      indicator.name,
      indicator.unit,
      indicator.baseline,
      indicator.previousValue,
      indicator.latestValue,
      indicator.target,
      label(NL.trend, indicator.trend),
    ]),
  };
}

function actionsTable(report: BoardPackReport): TableBlock {
  return {
    kind: 'table',
    caption: `Inspanningen, ${report.themeName}`,
    header: ['Inspanning', 'Fase', 'Status', 'Mijlpalen'],
    rows: report.prefill.actions.map((action) => [
      action.title,
      label(NL.phase, action.phase),
      label(NL.actionStatus, action.status),
      action.milestones
        .filter((milestone) => milestone.state !== 'LATER')
        .map((milestone) => `${milestone.title}: ${dutchDate(milestone.dueOn)} (${label(NL.milestoneState, milestone.state)})`)
        .join('; ') || null,
    ]),
  };
}

function localFitLine(concern: ReportPrefill['notFittingMunicipalities'][number]): string {
  const verdict = concern.verdict === 'DOES_NOT_FIT' ? 'past niet' : 'past met aanpassing';
  const adaptation = concern.adaptationAsked ? ` Gevraagde aanpassing: ${concern.adaptationAsked}` : '';
  return `${concern.municipalityName}: ${verdict}. ${concern.reasons.join(' ')}${adaptation}`.trim();
}

function paragraph(text: string, labelText?: string): DocumentBlock {
  return labelText ? { kind: 'paragraph', text, label: labelText } : { kind: 'paragraph', text };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
