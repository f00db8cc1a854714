/** The demo goals-and-efforts tree of the Utrecht strategy. Figures are invented for the demo, not historical. */
export interface DemoIndicator {
  name: string;
  definition: string | null;
  unit: string | null;
  source: string;
  direction: 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';
  baseline: number;
  target: number | null;
  /** Change per quarter as a fraction of the baseline (negative: falling). */
  trend: number;
}

export interface DemoAction {
  title: string;
  owner: string;
  partners: string[];
  phase: 'ANALYSIS' | 'PLAN' | 'EXECUTION' | 'EMBEDDING' | 'CLOSED';
  status: 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
  analysis: string | null;
  goals: number[];
  /** Title, due, done, and the responsible organisation when it is not the action's owner. */
  milestones: Array<[string, string, string | null, string?]>;
  fte: number | null;
  /** Partner organisations' capacity per year 2009 and 2010: organisation, amount, unit. */
  partnerCapacity?: Array<[string, number, 'FTE' | 'HOURS']>;
  budget: number | null;
}

export interface DemoTheme {
  safetyFields: string[];
  goals: Array<{ title: string; indicators: DemoIndicator[] }>;
  actions: DemoAction[];
}

const POLICE = 'Politie Utrecht';
const OM = 'Openbaar Ministerie, arrondissement Utrecht';
const BUREAU = 'Bureau Regionale Veiligheidsstrategie';

export const DRIVER_TASKS = 'Trekt de regionale aanpak van het thema, bewaakt de resultaten en rapporteert periodiek aan het Regionaal College.';
export const CO_DRIVER_TASKS = 'Brengt de inzet en cijfers van de eigen organisatie in en bewaakt de afspraken daarover.';

export const DEMO_PLAN: Record<string, DemoTheme> = {
  overlast: {
    safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING', 'JEUGD_EN_VEILIGHEID'],
    goals: [
      { title: 'Minder overlast door jeugdgroepen', indicators: [{ name: 'Meldingen jeugdoverlast', definition: 'Door de politie geregistreerde meldingen van jeugdoverlast', unit: 'meldingen', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 5200, target: 4200, trend: -0.012 }] },
      { title: 'Minder ervaren overlast in de buurt', indicators: [{ name: 'Ervaren buurtoverlast', definition: 'Aandeel inwoners dat vaak overlast in de buurt ervaart', unit: '%', source: 'Veiligheidsmonitor', direction: 'LOWER_IS_BETTER', baseline: 28, target: 24, trend: -0.006 }] },
    ],
    actions: [
      { title: 'Shortlistmethodiek jeugdgroepen', owner: POLICE, partners: ['Bureau Halt', 'Bureau Jeugdzorg'], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Shortlist jeugdgroepen 2008 (politie)', goals: [0], milestones: [['Alle groepen geclassificeerd', '2008-10-01', '2008-09-25'], ['Aanpak per criminele groep vastgesteld', '2009-06-30', null], ['Halt-afdoening aangeboden aan alle jongeren uit de groepen', '2009-09-30', null, 'Bureau Halt']], fte: 3, budget: 120000, partnerCapacity: [['Bureau Halt', 0.8, 'FTE'], ['Bureau Jeugdzorg', 1, 'FTE']] },
      { title: 'Regionale aanpak overlast in uitgaansgebieden', owner: BUREAU, partners: [POLICE], phase: 'PLAN', status: 'AT_RISK', analysis: 'Wijkscans centra 2008', goals: [1], milestones: [['Plan van aanpak in Regionaal College', '2009-12-01', null]], fte: 0.5, budget: null },
      { title: 'Buurtbemiddeling in alle gemeenten', owner: BUREAU, partners: ['GGD regio Utrecht'], phase: 'ANALYSIS', status: 'NOT_STARTED', analysis: null, goals: [1], milestones: [['Bemiddelaars geworven en getraind', '2009-11-01', null, 'GGD regio Utrecht']], fte: null, budget: 40000, partnerCapacity: [['GGD regio Utrecht', 400, 'HOURS']] },
    ],
  },
  ongelijkwaardigheid: {
    safetyFields: ['INTEGRITEIT_EN_VEILIGHEID'],
    goals: [
      { title: 'Meer meldingen van discriminatie worden opgepakt', indicators: [{ name: 'Afgehandelde discriminatiemeldingen', definition: 'Aandeel meldingen met een afgeronde afhandeling', unit: '%', source: 'ketenrapportage antidiscriminatievoorziening', direction: 'HIGHER_IS_BETTER', baseline: 55, target: 80, trend: 0.01 }] },
      { title: 'Discriminatie is zichtbaar in het regionale beeld', indicators: [{ name: 'Geregistreerde discriminatiefeiten', definition: null, unit: null, source: 'politieregistratie', direction: 'HIGHER_IS_BETTER', baseline: 310, target: null, trend: 0.015 }] },
    ],
    actions: [
      { title: 'Regionaal meldpunt discriminatie', owner: BUREAU, partners: [POLICE, OM], phase: 'EMBEDDING', status: 'ON_TRACK', analysis: 'Inventarisatie meldpunten 2008', goals: [0], milestones: [['Meldpunt open', '2008-09-01', '2008-09-01'], ['Evaluatie eerste jaar', '2009-10-01', null]], fte: 1, budget: 60000 },
      { title: 'Training herkennen discriminatiefeiten', owner: POLICE, partners: [OM], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Evaluatie registratie 2007', goals: [0, 1], milestones: [['Alle basisteams getraind', '2009-12-31', null]], fte: 0.4, budget: 15000 },
      { title: 'Voorlichting op scholen', owner: BUREAU, partners: [], phase: 'ANALYSIS', status: 'NOT_STARTED', analysis: null, goals: [0], milestones: [], fte: null, budget: null },
    ],
  },
  ondermijning: {
    safetyFields: ['INTEGRITEIT_EN_VEILIGHEID', 'BEDRIJVIGHEID_EN_VEILIGHEID'],
    goals: [
      { title: 'Minder hennepteelt', indicators: [{ name: 'Geruimde hennepkwekerijen', definition: 'Door politie en netbeheerder geruimde kwekerijen', unit: 'kwekerijen', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 640, target: 450, trend: -0.015 }] },
      { title: 'Mensenhandel wordt eerder gesignaleerd', indicators: [{ name: 'Signalen mensenhandel', definition: 'Bij de politie binnengekomen signalen van mensenhandel', unit: 'signalen', source: 'politieregistratie', direction: 'HIGHER_IS_BETTER', baseline: 90, target: 140, trend: 0.02 }] },
      { title: 'Bestuurlijke instrumenten tegen ondermijning worden benut', indicators: [] },
    ],
    actions: [
      { title: 'Integrale aanpak hennepteelt', owner: POLICE, partners: [OM, 'Veiligheidsregio Utrecht'], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Criminaliteitsbeeldanalyse hennep 2007', goals: [0], milestones: [['Convenant met netbeheerder en woningcorporaties', '2008-12-01', '2008-11-20'], ['Ruimingsdagen in alle gemeenten', '2009-12-31', null]], fte: 6, budget: 250000 },
      { title: 'Barrièremodel mensenhandel', owner: OM, partners: [POLICE, 'GGD regio Utrecht'], phase: 'PLAN', status: 'OFF_TRACK', analysis: 'Barrièremodel (BNRM)', goals: [1], milestones: [['Barrièremodel vastgesteld', '2009-04-01', null], ['Zorgroute voor slachtoffers ingericht', '2009-10-01', null, 'GGD regio Utrecht']], fte: 1.5, budget: 80000, partnerCapacity: [['GGD regio Utrecht', 0.5, 'FTE']] },
      { title: 'Bibob-beleid in alle gemeenten', owner: BUREAU, partners: [OM], phase: 'ANALYSIS', status: 'AT_RISK', analysis: 'Quickscan Bibob-beleid gemeenten', goals: [2], milestones: [['Modelbeleid beschikbaar', '2009-09-01', null]], fte: 0.5, budget: 20000 },
      { title: 'Informatie-uitwisseling met het RIEC', owner: POLICE, partners: [OM, BUREAU], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Landelijk programma RIEC', goals: [1, 2], milestones: [['Convenant informatie-uitwisseling', '2009-03-01', '2009-03-15']], fte: 2, budget: 100000 },
    ],
  },
  'veelvoorkomende-criminaliteit': {
    safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING'],
    goals: [
      { title: 'Minder woninginbraken', indicators: [{ name: 'Woninginbraken', definition: 'Geregistreerde woninginbraken', unit: 'aangiften', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 7400, target: 6000, trend: -0.01 }] },
      { title: 'Minder fietsendiefstal en vernielingen', indicators: [{ name: 'Fietsendiefstallen', definition: 'Geregistreerde fietsendiefstallen', unit: 'aangiften', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 11800, target: 10000, trend: -0.008 }, { name: 'Vernielingen', definition: 'Geregistreerde vernielingen', unit: 'aangiften', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 9300, target: 8000, trend: -0.004 }] },
    ],
    actions: [
      { title: 'Good practice aanpak woninginbraken', owner: BUREAU, partners: [POLICE], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Hotspotanalyse woninginbraken 2008', goals: [0], milestones: [['Uitrol in tien gemeenten', '2009-12-31', null]], fte: 1, budget: 45000 },
      { title: 'Bestuurlijke strafbeschikking overlast', owner: OM, partners: [POLICE, BUREAU], phase: 'PLAN', status: 'ON_TRACK', analysis: 'Pilot bestuurlijke strafbeschikking', goals: [1], milestones: [['Eerste gemeenten gestart', '2010-01-01', null]], fte: 0.8, budget: 30000 },
      { title: 'Fietsregistratie en lokfietsen', owner: POLICE, partners: [], phase: 'EXECUTION', status: 'AT_RISK', analysis: 'Analyse fietsendiefstal stations', goals: [1], milestones: [['Lokfietsen op vijf stations', '2009-06-01', null]], fte: 1.2, budget: null },
    ],
  },
  'high-impact': {
    safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING', 'FYSIEKE_VEILIGHEID'],
    goals: [
      { title: 'Minder geweld tegen publieke gezagsdragers', indicators: [{ name: 'Incidenten geweld tegen gezagsdragers', definition: 'Geregistreerde incidenten van geweld tegen medewerkers met een publieke taak', unit: 'incidenten', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', baseline: 820, target: 650, trend: -0.01 }] },
      { title: 'Snellere afdoening van geweldszaken', indicators: [{ name: 'Doorlooptijd geweldszaken', definition: 'Mediane dagen van aangifte tot afdoening', unit: 'dagen', source: 'OM-registratie', direction: 'LOWER_IS_BETTER', baseline: 140, target: 90, trend: -0.012 }] },
    ],
    actions: [
      { title: 'Weekendarrangement uitgaansgeweld', owner: OM, partners: [POLICE, 'Reclassering'], phase: 'EXECUTION', status: 'ON_TRACK', analysis: 'Evaluatie snelrecht uitgaansgeweld', goals: [0, 1], milestones: [['Arrangement in alle uitgaanscentra', '2009-09-01', null], ['Toezicht op gedragsaanwijzingen ingericht', '2009-07-01', null, 'Reclassering']], fte: 2, budget: 70000, partnerCapacity: [['Reclassering', 0.6, 'FTE']] },
      { title: 'Eenduidige Landelijke Afspraken toepassen', owner: OM, partners: [POLICE, BUREAU], phase: 'EMBEDDING', status: 'DONE', analysis: 'Landelijke ELA-afspraken', goals: [1], milestones: [['Werkafspraken vastgesteld', '2008-06-01', '2008-05-20']], fte: 0.3, budget: 10000 },
      { title: 'Registratie agressie-incidenten bij gemeenten', owner: BUREAU, partners: [], phase: 'PLAN', status: 'NOT_STARTED', analysis: 'Enquête gemeenten 2008', goals: [0], milestones: [], fte: null, budget: 15000 },
    ],
  },
};
