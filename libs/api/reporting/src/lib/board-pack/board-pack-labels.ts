import type { PrefillChange } from '@regie/domain';
/**
 * The Dutch words of the board pack. The pack is a document for the Regionaal College, generated on the
 * server in Dutch (the College's language), so its labels live here rather than in the web app's files.
 */
export const NL = {
  rag: { GREEN: 'Groen', AMBER: 'Oranje', RED: 'Rood' } as Record<string, string>,
  ragNone: 'Nog niet beoordeeld',
  dimension: {
    RESULTS: 'Resultaten',
    ACTIONS: 'Voortgang van de inspanningen',
    CAPACITY_AND_MONEY: 'Capaciteit en geld',
    COOPERATION: 'Samenwerking',
  } as Record<string, string>,
  decisionKind: { VASTSTELLEN: 'Vaststellen', INSTEMMEN: 'Instemmen', KENNISNEMEN: 'Kennisnemen', OPDRACHT: 'Opdracht', TOEZEGGING: 'Toezegging' } as Record<string, string>,
  agendaKind: { THEME_REPORT: 'Voortgangsrapportage', PROPOSAL: 'Voorstel', OTHER: 'Overig' } as Record<string, string>,
  request: { DECISION: 'Besluit gevraagd', INFORMATION: 'Ter informatie' } as Record<string, string>,
  trend: { IMPROVING: 'verbetert', WORSENING: 'verslechtert', STABLE: 'gelijk', UNKNOWN: 'onbekend' } as Record<string, string>,
  phase: { ANALYSIS: 'Analyse', PLAN: 'Plan', EXECUTION: 'Uitvoering', EMBEDDING: 'Borging', CLOSED: 'Afgesloten' } as Record<string, string>,
  actionStatus: { NOT_STARTED: 'Niet gestart', ON_TRACK: 'Op koers', AT_RISK: 'Risico', OFF_TRACK: 'Uit koers', DONE: 'Gereed' } as Record<string, string>,
  milestoneState: { DONE: 'gereed', OVERDUE: 'te laat', DUE: 'binnenkort', LATER: 'later' } as Record<string, string>,
  change: {
    NEW_VALUE: (subject: string, from: string, to: string) => `Nieuwe waarde voor ${subject}: ${to} (was ${from})`,
    PHASE_CHANGED: (subject: string, from: string, to: string) => `${subject}: fase ${from} → ${to}`,
    MILESTONE_MOVED: (subject: string, from: string, to: string) => `Mijlpaal ${subject} verschoven van ${from} naar ${to}`,
    MILESTONE_DONE: (subject: string, _from: string, to: string) => `Mijlpaal ${subject} gereed op ${to}`,
    FOLLOW_UP_NEW: (subject: string) => `Nieuw te volgen: ${subject}`,
    FOLLOW_UP_CLOSED: (subject: string) => `Afgerond: ${subject}`,
  } as Record<string, (subject: string, from: string, to: string) => string>,
};

const dutchValue = (value: number | null | undefined, period: string | null | undefined, unit: string | null | undefined) =>
  value === null || value === undefined ? null : `${value.toLocaleString('nl-NL')}${unit ? ` ${unit}` : ''}${period ? ` (${period})` : ''}`;

/** A "what changed" line in Dutch: numbers with unit in Dutch notation, phases by name, dates written out. */
export function changeLine(change: PrefillChange): string {
  const format = NL.change[change.kind];
  if (!format) return change.subject;
  const dash = '–';
  if (change.kind === 'NEW_VALUE') {
    return format(change.subject, dutchValue(change.fromValue, change.fromPeriod, change.unit) ?? change.from ?? dash, dutchValue(change.toValue, change.toPeriod, change.unit) ?? change.to ?? dash);
  }
  if (change.kind === 'PHASE_CHANGED') return format(change.subject, NL.phase[change.from ?? ''] ?? dash, NL.phase[change.to ?? ''] ?? dash);
  return format(change.subject, change.from ? dutchDate(change.from) : dash, change.to ? dutchDate(change.to) : dash);
}

/** "12 mei 2010". */
export function dutchDate(isoDate: string): string {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function label(labels: Record<string, string>, key: string | null | undefined, fallback = '–'): string {
  if (!key) return fallback;
  return labels[key] ?? key;
}
