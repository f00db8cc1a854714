/** Demo data for local fit in the Utrecht region around 2009. Invented for the demo, not historical. */
import type { AdoptionState, FitVerdict, ParticipationLevel, SafetyField } from '@regie/domain';

export const DEMO_CYCLE = '2009';
/** When the demo's 2009 assessments were recorded: before the autumn College meeting of that year. */
export const DEMO_ASSESSED_AT = new Date('2009-09-15T10:00:00Z');
/** When the drivers answered them. */
export const DEMO_COMMENTED_AT = new Date('2009-09-29T14:00:00Z');

/** IVP priorities to choose from: title, Kernbeleid safety field, matching regional theme (slug) if any. */
export const IVP_PRIORITY_TEMPLATES: Array<[string, SafetyField, string | null]> = [
  ['Jeugdoverlast en hangplekken', 'JEUGD_EN_VEILIGHEID', 'overlast'],
  ['Woninginbraak', 'VEILIGE_WOON_EN_LEEFOMGEVING', 'veelvoorkomende-criminaliteit'],
  ['Veilig uitgaan', 'VEILIGE_WOON_EN_LEEFOMGEVING', 'high-impact'],
  ['Hennepteelt en ondermijning', 'INTEGRITEIT_EN_VEILIGHEID', 'ondermijning'],
  ['Brandveiligheid en rampenbestrijding', 'FYSIEKE_VEILIGHEID', null],
  ['Veilige bedrijventerreinen', 'BEDRIJVIGHEID_EN_VEILIGHEID', null],
  ['Discriminatie en polarisatie', 'INTEGRITEIT_EN_VEILIGHEID', 'ongelijkwaardigheid'],
  ['Huiselijk geweld', 'VEILIGE_WOON_EN_LEEFOMGEVING', 'high-impact'],
  ['Verkeersveiligheid', 'FYSIEKE_VEILIGHEID', null],
];

export interface DemoParticipation {
  municipality: string;
  theme: string;
  level: ParticipationLevel;
  localApproach?: string;
  /** Title of the regional goal the own approach targets. */
  localGoal?: string;
}

/** Deviations from "takes part fully"; every other municipality takes part fully in every theme. */
export const DEMO_PARTICIPATIONS: DemoParticipation[] = [
  { municipality: 'amersfoort', theme: 'overlast', level: 'OWN_APPROACH', localApproach: 'Amersfoortse aanpak jeugdgroepen met een eigen shortlist en wijkteams', localGoal: 'Minder overlast door jeugdgroepen' },
  { municipality: 'zeist', theme: 'veelvoorkomende-criminaliteit', level: 'OWN_APPROACH', localApproach: 'Eigen fietsenplan Zeist: bewaakte stallingen en graveeracties', localGoal: 'Minder fietsendiefstal en vernielingen' },
  { municipality: 'houten', theme: 'high-impact', level: 'OWN_APPROACH', localApproach: 'Houtens protocol agressie en geweld tegen BOA’s', localGoal: 'Minder geweld tegen publieke gezagsdragers' },
  { municipality: 'renswoude', theme: 'ondermijning', level: 'NOT' },
  { municipality: 'oudewater', theme: 'ongelijkwaardigheid', level: 'NOT' },
  { municipality: 'loenen', theme: 'high-impact', level: 'NOT' },
  { municipality: 'woudenberg', theme: 'overlast', level: 'PARTLY' },
  { municipality: 'lopik', theme: 'ondermijning', level: 'PARTLY' },
  { municipality: 'eemnes', theme: 'veelvoorkomende-criminaliteit', level: 'PARTLY' },
  { municipality: 'vianen', theme: 'ondermijning', level: 'PARTLY' },
];

export interface DemoAssessment {
  municipality: string;
  theme: string;
  verdict: Exclude<FitVerdict, 'FITS'>;
  reasonProblemSize?: string;
  reasonIvpMatch?: string;
  reasonCapacity?: string;
  adaptationAsked?: string;
  /** A remark by the theme's driver or the bureau. */
  comment?: [string, string];
}

/** Where a theme does not (simply) fit; every other municipality × theme fits in the demo cycle. */
export const DEMO_ASSESSMENTS: DemoAssessment[] = [
  {
    municipality: 'renswoude',
    theme: 'ondermijning',
    verdict: 'DOES_NOT_FIT',
    reasonProblemSize: 'Sinds 2006 geen hennepkwekerij of mensenhandelzaak aangetroffen (eigen registratie en politiecijfers).',
    reasonIvpMatch: 'Het IVP 2008–2011 kent geen prioriteit op ondermijning.',
    reasonCapacity: 'De gemeente heeft 0,2 fte voor integrale veiligheid.',
    comment: ['Burgemeester van Utrecht', 'Begrijpelijk. Sluit wel aan bij het modelbeleid Bibob, dat kost weinig capaciteit.'],
  },
  {
    municipality: 'oudewater',
    theme: 'ongelijkwaardigheid',
    verdict: 'DOES_NOT_FIT',
    reasonProblemSize: 'Twee discriminatiemeldingen in 2008; het probleem is klein.',
    reasonCapacity: 'Geen capaciteit voor een eigen meldpuntfunctie.',
  },
  {
    municipality: 'loenen',
    theme: 'high-impact',
    verdict: 'DOES_NOT_FIT',
    reasonProblemSize: 'Geen uitgaansgebied en nauwelijks geweld tegen gezagsdragers.',
    reasonIvpMatch: 'Het IVP richt zich op woninginbraak en verkeersveiligheid.',
  },
  {
    municipality: 'woudenberg',
    theme: 'overlast',
    verdict: 'DOES_NOT_FIT',
    reasonProblemSize: 'Eén jeugdgroep, hinderlijk, al in beeld bij de wijkagent.',
    reasonCapacity: 'De regionale shortlistmethodiek vraagt meer overleg dan de gemeente kan leveren.',
  },
  {
    municipality: 'lopik',
    theme: 'ondermijning',
    verdict: 'FITS_WITH_ADAPTATION',
    reasonProblemSize: 'Wietteelt in schuren in het buitengebied (vier ruimingen in 2008).',
    reasonIvpMatch: 'Buitengebied is prioriteit in het IVP.',
    adaptationAsked: 'Richt de integrale hennepaanpak ook op agrarische panden in het buitengebied.',
  },
  {
    municipality: 'vianen',
    theme: 'ondermijning',
    verdict: 'FITS_WITH_ADAPTATION',
    reasonProblemSize: 'Bedrijventerreinen langs de A2 met signalen van malafide verhuur.',
    adaptationAsked: 'Neem de bedrijventerreinen op in de informatie-uitwisseling met het RIEC.',
  },
  {
    municipality: 'amersfoort',
    theme: 'overlast',
    verdict: 'FITS_WITH_ADAPTATION',
    reasonIvpMatch: 'Amersfoort heeft een eigen aanpak jeugdgroepen in het IVP.',
    reasonCapacity: 'Wijkteams zijn al ingericht; dubbel overleg kost capaciteit.',
    adaptationAsked: 'Erken de Amersfoortse shortlist als gelijkwaardig aan de regionale methodiek.',
    comment: ['Bureau Regionale Veiligheidsstrategie', 'Bespreken in het thema-overleg: lijkt dubbel met de shortlistmethodiek.'],
  },
  {
    municipality: 'zeist',
    theme: 'veelvoorkomende-criminaliteit',
    verdict: 'FITS_WITH_ADAPTATION',
    reasonProblemSize: 'Fietsendiefstal rond station Driebergen-Zeist ligt 30 % boven het regionale gemiddelde.',
    adaptationAsked: 'Zet de lokfietsen ook bij station Driebergen-Zeist in.',
  },
  {
    municipality: 'eemnes',
    theme: 'veelvoorkomende-criminaliteit',
    verdict: 'FITS_WITH_ADAPTATION',
    reasonCapacity: 'Eemnes deelt zijn ambtenaar veiligheid met Baarn.',
    adaptationAsked: 'Laat Eemnes samen met Baarn als één deelnemer meedoen.',
  },
];

export interface DemoPractice {
  title: string;
  theme: string;
  description: string;
  contact: string;
  /** Adoption state per municipality slug; the others have not started. */
  adoptions: Record<string, AdoptionState | [AdoptionState, string]>;
}

const EMBEDDED_IN = (slugs: string[], state: AdoptionState) => Object.fromEntries(slugs.map((slug) => [slug, state])) as Record<string, AdoptionState>;

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    title: 'Aanpak woninginbraak',
    theme: 'veelvoorkomende-criminaliteit',
    description: 'Hotspotaanpak met buurtpreventie, inbraakpreventieadvies en snelle terugkoppeling aan buurtbewoners na een inbraak.',
    contact: 'Bureau Regionale Veiligheidsstrategie',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'amersfoort', 'nieuwegein', 'zeist', 'veenendaal'], 'EMBEDDED'), ...EMBEDDED_IN(['houten', 'de-bilt', 'soest', 'woerden', 'ijsselstein'], 'RUNNING'), ...EMBEDDED_IN(['baarn', 'leusden'], 'PREPARING') },
  },
  {
    title: 'Aanpak vernielingen',
    theme: 'veelvoorkomende-criminaliteit',
    description: 'Snel herstel en kostenverhaal op daders via Halt en de bestuurlijke strafbeschikking.',
    contact: 'Bureau Halt',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'amersfoort'], 'RUNNING'), ...EMBEDDED_IN(['rhenen', 'wijk-bij-duurstede'], 'PREPARING'), montfoort: ['STOPPED', 'Te weinig vernielingen om een aparte aanpak te rechtvaardigen.'] },
  },
  {
    title: 'Aanpak fietsendiefstal',
    theme: 'veelvoorkomende-criminaliteit',
    description: 'Fietsregistratie, lokfietsen en bewaakte stallingen bij stations.',
    contact: 'Politie Utrecht',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'zeist', 'amersfoort'], 'RUNNING'), ...EMBEDDED_IN(['houten', 'nieuwegein', 'veenendaal', 'woerden'], 'PREPARING') },
  },
  {
    title: 'Aanpak autokraak',
    theme: 'veelvoorkomende-criminaliteit',
    description: 'Waarschuwingscampagnes op parkeerplaatsen en gerichte surveillance op hotspots.',
    contact: 'Politie Utrecht',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'nieuwegein'], 'RUNNING'), soest: ['STOPPED', 'Na één seizoen gestopt: de hotspot verplaatste zich naar Baarn.'], 'de-ronde-venen': 'PREPARING' },
  },
  {
    title: 'Bestuurlijke strafbeschikking',
    theme: 'overlast',
    description: 'Gemeentelijke handhavers leggen zelf een boete op voor overlastfeiten (Wet OM-afdoening).',
    contact: 'Openbaar Ministerie, arrondissement Utrecht',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'amersfoort', 'zeist', 'nieuwegein'], 'RUNNING'), ...EMBEDDED_IN(['veenendaal', 'woerden', 'houten', 'soest', 'de-bilt'], 'PREPARING'), lopik: ['STOPPED', 'Geen eigen boa’s meer na bezuiniging.'] },
  },
  {
    title: 'Weekendarrangement uitgaansgeweld',
    theme: 'high-impact',
    description: 'Snelrecht voor uitgaansgeweld: verdachten worden binnen het weekend voorgeleid, met een gebiedsverbod als voorwaarde.',
    contact: 'Openbaar Ministerie, arrondissement Utrecht',
    adoptions: { ...EMBEDDED_IN(['utrecht', 'amersfoort'], 'EMBEDDED'), ...EMBEDDED_IN(['veenendaal', 'zeist'], 'RUNNING'), nieuwegein: 'PREPARING' },
  },
];
