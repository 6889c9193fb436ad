/**
 * Demo data from the seed report (Trelleborg KS 2019/310, 2021-11-05): SkånEarkiv with Lund as host
 * and sixteen members, the 2021 charges that fix the cost shares, the 2020 budget and outcome, and
 * the delivery projects the report tells of (pilots W3D3 and Procapita vård och omsorg, Trelleborg's
 * W3D3 stuck in leveranskontroll, Procapita waiting for Visma after inleverans, an urgent delivery
 * outside the plan). The system inventory and the dates of the phase changes are invented but
 * plausible; the seed gives neither. `npm start` seeds the archive server's database from this.
 *
 * Organisation numbers are FICTITIOUS (212000-9NNC, valid check digit): replace them with the real
 * ones. Populations are approximate 2020 figures (unconfirmed); they explain the printed andel
 * column (docs/consortium.md).
 */
import type {
  BudgetOutcome,
  ConsortiumData,
  DeliveryProject,
  Municipality,
  PhaseChange,
  SystemRecord,
  YearBudget,
} from './model.ts';

/** The date the seed report was written; "today" for the demo's forecasts. */
export const DEMO_AS_OF = '2021-11-05';

const member = (id: string, name: string, orgNumber: string, population: number): Municipality => ({
  id,
  name,
  orgNumber,
  isHost: id === 'lund',
  population,
});

/** In the order of the seed's table (which is not alphabetical: Trelleborg before Tomelilla). */
export const DEMO_MUNICIPALITIES: readonly Municipality[] = [
  member('bjuv', 'Bjuv', '212000-9101', 15845),
  member('horby', 'Hörby', '212000-9135', 15917),
  member('klippan', 'Klippan', '212000-9168', 17679),
  member('landskrona', 'Landskrona', '212000-9192', 46293),
  member('lund', 'Lund', '212000-9226', 125941),
  member('perstorp', 'Perstorp', '212000-9259', 7481),
  member('simrishamn', 'Simrishamn', '212000-9283', 19134),
  member('sjobo', 'Sjöbo', '212000-9317', 19262),
  member('skurup', 'Skurup', '212000-9341', 15962),
  member('svedala', 'Svedala', '212000-9374', 22441),
  member('trelleborg', 'Trelleborg', '212000-9408', 45299),
  member('tomelilla', 'Tomelilla', '212000-9432', 13593),
  member('ystad', 'Ystad', '212000-9465', 30643),
  member('astorp', 'Åstorp', '212000-9499', 16222),
  member('angelholm', 'Ängelholm', '212000-9523', 42819),
  member('orkelljunga', 'Örkelljunga', '212000-9556', 10380),
];

/** The 2021 column of "Maximalt uttag per kommun" (tkr); the shares are these over their sum 8 541. */
export const DEMO_SHARE_BASIS = {
  year: 2021,
  amountsTkr: {
    bjuv: 311,
    horby: 311,
    klippan: 347,
    landskrona: 839,
    lund: 2183,
    perstorp: 168,
    simrishamn: 347,
    sjobo: 347,
    skurup: 311,
    svedala: 411,
    trelleborg: 839,
    tomelilla: 311,
    ystad: 560,
    astorp: 311,
    angelholm: 777,
    orkelljunga: 168,
  },
} as const;

/** Totals of the seed; 2022 and 2023 are 2021 with uppräkning 2.53 % and 2.43 % (rounded to tkr). */
export const DEMO_BUDGETS: readonly YearBudget[] = [
  { year: 2020, totalTkr: 8200 },
  { year: 2021, totalTkr: 8541 },
  { year: 2022, totalTkr: 8757, upliftBasisPoints: 253 },
  { year: 2023, totalTkr: 8970, upliftBasisPoints: 243 },
];

/** "Summering ekonomin 2020, tkr". */
export const DEMO_OUTCOMES: readonly BudgetOutcome[] = [
  {
    year: 2020,
    lines: [
      { group: 'salaries', budgetTkr: 5000, outcomeTkr: 1670 },
      { group: 'courses-travel', budgetTkr: 0, outcomeTkr: 64 },
      { group: 'staff-welfare', budgetTkr: 0, outcomeTkr: 2 },
      { group: 'purchased-services', budgetTkr: 2700, outcomeTkr: 1480 },
      { group: 'premises', budgetTkr: 500, outcomeTkr: 0 },
      { group: 'other', budgetTkr: 0, outcomeTkr: 9 },
    ],
  },
];

type SystemSpec = Omit<SystemRecord, 'id' | 'pilot' | 'plannedDecommissioning'> &
  Partial<Pick<SystemRecord, 'pilot' | 'plannedDecommissioning'>>;

const system = (id: string, spec: SystemSpec): SystemRecord => ({
  id,
  pilot: false,
  plannedDecommissioning: null,
  ...spec,
});

const W3D3 = {
  name: 'W3D3',
  category: 'case-management',
  vendor: 'Formpipe',
  version: '6.5',
  informationTypes: ['diarium', 'ärenden', 'handlingar'],
  recordsCreator: 'Kommunstyrelsen',
  retention: 'keep',
  exportState: 'available',
  exportFormats: ['cits-erms', 'fgs-paketstruktur'],
  businessBenefit: 4,
  legalRisk: 3,
} as const;
const PUBLIC_360 = {
  ...W3D3,
  name: 'Public 360',
  vendor: 'Tieto Evry',
  version: '5.2',
  exportFormats: ['cits-erms'],
} as const;
const DIABAS = {
  ...W3D3,
  name: 'Diabas',
  vendor: 'Sokigo',
  version: '4.1',
  exportState: 'needs-investigation',
  exportFormats: [],
  businessBenefit: 3,
} as const;
const PROCAPITA_VOO = {
  name: 'Procapita VoO',
  category: 'social-care',
  vendor: 'Visma',
  version: '9.4',
  informationTypes: ['personakter', 'journalanteckningar', 'beslut enligt SoL och LSS'],
  recordsCreator: 'Vård- och omsorgsnämnden',
  retention: 'keep',
  exportState: 'needs-investigation',
  exportFormats: ['vendor-xml'],
  businessBenefit: 5,
  legalRisk: 5,
} as const;
const PROCAPITA_IFO = {
  ...PROCAPITA_VOO,
  name: 'Procapita IFO',
  informationTypes: ['personakter', 'utredningar', 'beslut enligt SoL och LVU'],
  recordsCreator: 'Socialnämnden',
} as const;
const LIFECARE = {
  ...PROCAPITA_VOO,
  name: 'Lifecare',
  vendor: 'Tieto Evry',
  version: '2020.2',
  exportFormats: ['siard'],
} as const;
const COMBINE = {
  ...PROCAPITA_VOO,
  name: 'Combine',
  vendor: 'Pulsen',
  version: '3.8',
  exportState: 'none',
  exportFormats: [],
  businessBenefit: 4,
} as const;
const ECOS = {
  name: 'Ecos',
  category: 'environment-building',
  vendor: 'Sokigo',
  version: '2.4',
  informationTypes: ['tillsynsärenden', 'inspektioner', 'beslut'],
  recordsCreator: 'Miljö- och byggnadsnämnden',
  retention: 'mixed',
  exportState: 'available',
  exportFormats: ['siard'],
  businessBenefit: 3,
  legalRisk: 2,
} as const;
const PERSONEC = {
  name: 'Visma Personec',
  category: 'hr-payroll',
  vendor: 'Visma',
  version: 'P 2021',
  informationTypes: ['anställningar', 'löner', 'personalakter'],
  recordsCreator: 'Kommunstyrelsen',
  retention: 'mixed',
  exportState: 'available',
  exportFormats: ['siard'],
  businessBenefit: 3,
  legalRisk: 3,
} as const;
const AGRESSO = {
  name: 'Agresso',
  category: 'finance',
  vendor: 'Unit4',
  version: 'M7',
  informationTypes: ['verifikationer', 'leverantörsfakturor', 'huvudbok'],
  recordsCreator: 'Kommunstyrelsen',
  retention: 'mixed',
  exportState: 'available',
  exportFormats: ['siard'],
  businessBenefit: 2,
  legalRisk: 1,
} as const;

export const DEMO_SYSTEMS: readonly SystemRecord[] = [
  system('bjuv-360', {
    ...PUBLIC_360,
    municipalityId: 'bjuv',
    volumeGb: 120,
    licenceCostSek: 210000,
    readLicenceCostSek: 60000,
    effortPersonDays: 20,
  }),
  system('bjuv-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'bjuv',
    volumeGb: 60,
    licenceCostSek: 380000,
    readLicenceCostSek: 140000,
    effortPersonDays: 30,
  }),
  system('bjuv-agresso', {
    ...AGRESSO,
    municipalityId: 'bjuv',
    volumeGb: 35,
    licenceCostSek: 150000,
    readLicenceCostSek: 45000,
    effortPersonDays: 10,
  }),
  system('horby-diabas', {
    ...DIABAS,
    municipalityId: 'horby',
    volumeGb: 15,
    licenceCostSek: 65000,
    readLicenceCostSek: 40000,
    effortPersonDays: 15,
    plannedDecommissioning: '2021-12-31',
  }),
  system('horby-combine', {
    ...COMBINE,
    municipalityId: 'horby',
    volumeGb: 40,
    licenceCostSek: 260000,
    readLicenceCostSek: 110000,
    effortPersonDays: 35,
  }),
  system('horby-personec', {
    ...PERSONEC,
    municipalityId: 'horby',
    volumeGb: 20,
    licenceCostSek: 140000,
    readLicenceCostSek: 50000,
    effortPersonDays: 15,
  }),
  system('klippan-ifo', {
    ...PROCAPITA_IFO,
    municipalityId: 'klippan',
    volumeGb: 45,
    licenceCostSek: 290000,
    readLicenceCostSek: 120000,
    effortPersonDays: 30,
  }),
  system('klippan-w3d3', {
    ...W3D3,
    municipalityId: 'klippan',
    volumeGb: 90,
    licenceCostSek: 180000,
    readLicenceCostSek: 55000,
    effortPersonDays: 15,
  }),
  system('klippan-ecos', {
    ...ECOS,
    municipalityId: 'klippan',
    volumeGb: 25,
    licenceCostSek: 95000,
    readLicenceCostSek: 30000,
    effortPersonDays: 15,
  }),
  system('landskrona-w3d3', {
    ...W3D3,
    municipalityId: 'landskrona',
    volumeGb: 310,
    licenceCostSek: 420000,
    readLicenceCostSek: 120000,
    effortPersonDays: 25,
  }),
  system('landskrona-lifecare', {
    ...LIFECARE,
    municipalityId: 'landskrona',
    volumeGb: 150,
    licenceCostSek: 640000,
    readLicenceCostSek: 180000,
    effortPersonDays: 35,
    plannedDecommissioning: '2022-12-31',
  }),
  system('landskrona-ecos', {
    ...ECOS,
    municipalityId: 'landskrona',
    volumeGb: 70,
    licenceCostSek: 160000,
    readLicenceCostSek: 50000,
    effortPersonDays: 15,
  }),
  system('lund-w3d3', {
    ...W3D3,
    municipalityId: 'lund',
    volumeGb: 820,
    licenceCostSek: 950000,
    readLicenceCostSek: 260000,
    effortPersonDays: 40,
    pilot: true,
    plannedDecommissioning: '2022-06-30',
  }),
  system('lund-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'lund',
    volumeGb: 480,
    licenceCostSek: 1250000,
    readLicenceCostSek: 380000,
    effortPersonDays: 40,
    pilot: true,
  }),
  system('lund-ifo', {
    ...PROCAPITA_IFO,
    municipalityId: 'lund',
    volumeGb: 260,
    licenceCostSek: 980000,
    readLicenceCostSek: 420000,
    effortPersonDays: 40,
    pilot: true,
    plannedDecommissioning: '2022-09-30',
  }),
  system('lund-personec', {
    ...PERSONEC,
    municipalityId: 'lund',
    volumeGb: 140,
    licenceCostSek: 520000,
    readLicenceCostSek: 150000,
    effortPersonDays: 25,
  }),
  system('lund-agresso', {
    ...AGRESSO,
    municipalityId: 'lund',
    volumeGb: 160,
    licenceCostSek: 610000,
    readLicenceCostSek: 120000,
    effortPersonDays: 20,
    retention: 'dispose',
  }),
  system('perstorp-personec', {
    ...PERSONEC,
    municipalityId: 'perstorp',
    volumeGb: 8,
    licenceCostSek: 70000,
    readLicenceCostSek: 45000,
    effortPersonDays: 10,
    plannedDecommissioning: '2021-12-31',
  }),
  system('perstorp-w3d3', {
    ...W3D3,
    municipalityId: 'perstorp',
    volumeGb: 30,
    licenceCostSek: 90000,
    readLicenceCostSek: 30000,
    effortPersonDays: 15,
  }),
  system('simrishamn-lifecare', {
    ...LIFECARE,
    municipalityId: 'simrishamn',
    volumeGb: 55,
    licenceCostSek: 310000,
    readLicenceCostSek: 110000,
    effortPersonDays: 30,
    plannedDecommissioning: '2022-06-30',
  }),
  system('simrishamn-ecos', {
    ...ECOS,
    municipalityId: 'simrishamn',
    volumeGb: 30,
    licenceCostSek: 95000,
    readLicenceCostSek: 30000,
    effortPersonDays: 15,
  }),
  system('simrishamn-360', {
    ...PUBLIC_360,
    municipalityId: 'simrishamn',
    volumeGb: 110,
    licenceCostSek: 200000,
    readLicenceCostSek: 60000,
    effortPersonDays: 20,
  }),
  system('sjobo-ecos', {
    ...ECOS,
    municipalityId: 'sjobo',
    volumeGb: 28,
    licenceCostSek: 95000,
    readLicenceCostSek: 30000,
    effortPersonDays: 15,
  }),
  system('sjobo-w3d3', {
    ...W3D3,
    municipalityId: 'sjobo',
    volumeGb: 95,
    licenceCostSek: 180000,
    readLicenceCostSek: 55000,
    effortPersonDays: 15,
  }),
  system('skurup-w3d3', {
    ...W3D3,
    municipalityId: 'skurup',
    volumeGb: 85,
    licenceCostSek: 170000,
    readLicenceCostSek: 50000,
    effortPersonDays: 20,
    pilot: true,
  }),
  system('skurup-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'skurup',
    volumeGb: 50,
    licenceCostSek: 340000,
    readLicenceCostSek: 130000,
    effortPersonDays: 30,
    plannedDecommissioning: '2023-06-30',
  }),
  system('svedala-w3d3', {
    ...W3D3,
    municipalityId: 'svedala',
    volumeGb: 130,
    licenceCostSek: 220000,
    readLicenceCostSek: 65000,
    effortPersonDays: 20,
  }),
  system('svedala-ifo', {
    ...PROCAPITA_IFO,
    municipalityId: 'svedala',
    volumeGb: 55,
    licenceCostSek: 300000,
    readLicenceCostSek: 125000,
    effortPersonDays: 30,
  }),
  system('trelleborg-w3d3', {
    ...W3D3,
    municipalityId: 'trelleborg',
    volumeGb: 290,
    licenceCostSek: 410000,
    readLicenceCostSek: 115000,
    effortPersonDays: 25,
  }),
  system('trelleborg-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'trelleborg',
    volumeGb: 140,
    licenceCostSek: 620000,
    readLicenceCostSek: 190000,
    effortPersonDays: 35,
  }),
  system('trelleborg-ecos', {
    ...ECOS,
    municipalityId: 'trelleborg',
    volumeGb: 65,
    licenceCostSek: 150000,
    readLicenceCostSek: 45000,
    effortPersonDays: 15,
  }),
  system('trelleborg-agresso', {
    ...AGRESSO,
    municipalityId: 'trelleborg',
    volumeGb: 80,
    licenceCostSek: 330000,
    readLicenceCostSek: 70000,
    effortPersonDays: 15,
    plannedDecommissioning: '2023-03-31',
  }),
  system('tomelilla-360', {
    ...PUBLIC_360,
    municipalityId: 'tomelilla',
    volumeGb: 75,
    licenceCostSek: 160000,
    readLicenceCostSek: 50000,
    effortPersonDays: 20,
  }),
  system('tomelilla-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'tomelilla',
    volumeGb: 45,
    licenceCostSek: 300000,
    readLicenceCostSek: 240000,
    effortPersonDays: 25,
    plannedDecommissioning: '2022-03-31',
  }),
  system('ystad-w3d3', {
    ...W3D3,
    municipalityId: 'ystad',
    volumeGb: 190,
    licenceCostSek: 300000,
    readLicenceCostSek: 85000,
    effortPersonDays: 20,
  }),
  system('ystad-lifecare', {
    ...LIFECARE,
    municipalityId: 'ystad',
    volumeGb: 95,
    licenceCostSek: 450000,
    readLicenceCostSek: 150000,
    effortPersonDays: 30,
  }),
  system('ystad-personec', {
    ...PERSONEC,
    municipalityId: 'ystad',
    volumeGb: 35,
    licenceCostSek: 190000,
    readLicenceCostSek: 60000,
    effortPersonDays: 15,
  }),
  system('astorp-combine', {
    ...COMBINE,
    municipalityId: 'astorp',
    volumeGb: 35,
    licenceCostSek: 250000,
    readLicenceCostSek: 100000,
    effortPersonDays: 35,
    plannedDecommissioning: '2023-12-31',
  }),
  system('astorp-w3d3', {
    ...W3D3,
    municipalityId: 'astorp',
    volumeGb: 80,
    licenceCostSek: 160000,
    readLicenceCostSek: 50000,
    effortPersonDays: 15,
  }),
  system('angelholm-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'angelholm',
    volumeGb: 210,
    licenceCostSek: 720000,
    readLicenceCostSek: 230000,
    effortPersonDays: 40,
    pilot: true,
  }),
  system('angelholm-360', {
    ...PUBLIC_360,
    municipalityId: 'angelholm',
    volumeGb: 240,
    licenceCostSek: 380000,
    readLicenceCostSek: 110000,
    effortPersonDays: 25,
  }),
  system('angelholm-ecos', {
    ...ECOS,
    municipalityId: 'angelholm',
    volumeGb: 60,
    licenceCostSek: 140000,
    readLicenceCostSek: 45000,
    effortPersonDays: 15,
  }),
  system('orkelljunga-agresso', {
    ...AGRESSO,
    municipalityId: 'orkelljunga',
    volumeGb: 20,
    licenceCostSek: 90000,
    readLicenceCostSek: 30000,
    effortPersonDays: 10,
    retention: 'dispose',
  }),
  system('orkelljunga-diabas', {
    ...DIABAS,
    municipalityId: 'orkelljunga',
    volumeGb: 12,
    licenceCostSek: 55000,
    readLicenceCostSek: 35000,
    effortPersonDays: 15,
  }),
  system('orkelljunga-voo', {
    ...PROCAPITA_VOO,
    municipalityId: 'orkelljunga',
    volumeGb: 30,
    licenceCostSek: 250000,
    readLicenceCostSek: 100000,
    effortPersonDays: 25,
  }),
];

const at = (phase: PhaseChange['phase'], date: string, extra: Partial<PhaseChange> = {}): PhaseChange => ({
  phase,
  at: date,
  ...extra,
});

const project = (
  id: string,
  systemId: string,
  kind: DeliveryProject['kind'],
  history: PhaseChange[],
  extra: Partial<DeliveryProject> = {},
): DeliveryProject => ({
  id,
  systemId,
  municipalityId: systemId.split('-')[0] as string,
  kind,
  history,
  openCheckpoints: [],
  ...extra,
});

/** Delivery projects 2020–2021 with their phase history (dates invented, order as in the seed). */
export const DEMO_PROJECTS: readonly DeliveryProject[] = [
  // Pilots 2020: W3D3 in Lund and Skurup, Procapita vård och omsorg in Lund and Ängelholm.
  project('P01', 'lund-w3d3', 'pilot', [
    at('preparation', '2020-03-02'),
    at('test-delivery', '2020-05-11'),
    at('ingest', '2020-09-07'),
    at('delivery-control', '2020-10-12'),
    at('approved', '2020-12-14', { note: 'Första leveransgodkännandet' }),
  ]),
  project('P02', 'skurup-w3d3', 'pilot', [
    at('preparation', '2020-03-02'),
    at('test-delivery', '2020-05-25'),
    at('ingest', '2020-10-05'),
    at('delivery-control', '2020-11-09'),
    at('approved', '2021-03-22'),
  ]),
  project('P03', 'lund-voo', 'pilot', [
    at('preparation', '2020-03-16'),
    at('test-delivery', '2020-06-15'),
    at('ingest', '2020-10-19'),
    at('delivery-control', '2020-12-07'),
    at('approved', '2021-04-26'),
  ]),
  project('P04', 'angelholm-voo', 'pilot', [
    at('preparation', '2020-04-06'),
    at('test-delivery', '2020-08-17'),
    at('ingest', '2021-02-08', {
      waitingFor: 'vendor',
      waitingForName: 'Visma',
      note: 'Inleverans genomförd; måste utredas vidare av Visma innan leveranskontroll kan göras',
    }),
  ]),
  // Plan 2020–2022.
  project(
    'P05',
    'trelleborg-w3d3',
    'planned',
    [
      at('preparation', '2020-09-07'),
      at('test-delivery', '2020-11-16'),
      at('ingest', '2021-01-25'),
      at('delivery-control', '2021-03-01', {
        waitingFor: 'vendor',
        waitingForName: 'Visma',
        note: 'En del kontrollpunkter kvarstår',
      }),
    ],
    { openCheckpoints: ['K21', 'K22', 'K26'] },
  ),
  project('P06', 'ystad-w3d3', 'planned', [
    at('preparation', '2020-10-05'),
    at('test-delivery', '2020-12-07'),
    at('ingest', '2021-03-15'),
    at('delivery-control', '2021-04-19'),
    at('approved', '2021-06-21'),
  ]),
  project('P07', 'landskrona-w3d3', 'planned', [
    at('preparation', '2020-11-02'),
    at('test-delivery', '2021-01-18'),
    at('ingest', '2021-04-12'),
    at('delivery-control', '2021-05-17'),
    at('approved', '2021-09-13'),
  ]),
  project('P08', 'svedala-w3d3', 'planned', [
    at('preparation', '2021-01-11'),
    at('test-delivery', '2021-03-22'),
    at('ingest', '2021-06-07'),
    at('delivery-control', '2021-08-23', { waitingFor: 'archive' }),
  ]),
  project('P09', 'sjobo-ecos', 'planned', [
    at('preparation', '2021-02-01'),
    at('test-delivery', '2021-04-19'),
    at('ingest', '2021-10-04', { waitingFor: 'archive' }),
  ]),
  // Urgent: Hörby retires Diabas at year end and would otherwise need a read licence.
  project(
    'P10',
    'horby-diabas',
    'urgent',
    [
      at('preparation', '2021-03-01'),
      at('test-delivery', '2021-04-12'),
      at('ingest', '2021-05-17'),
      at('delivery-control', '2021-06-14', {
        waitingFor: 'producer',
        note: 'Gallringsbeslut för äldre ärenden saknas',
      }),
    ],
    { urgentQuarter: '2021-Q2', openCheckpoints: ['K20'] },
  ),
  project('P11', 'klippan-ifo', 'planned', [
    at('planned', '2021-06-01'),
    at('preparation', '2021-10-04', { waitingFor: 'producer' }),
  ]),
  project('P12', 'orkelljunga-agresso', 'planned', [
    at('preparation', '2021-02-15'),
    at('stopped', '2021-05-03', {
      reason: 'Informationen får gallras enligt gallringsbeslut; leverans behövs inte',
    }),
  ]),
  project(
    'P13',
    'perstorp-personec',
    'urgent',
    [at('preparation', '2021-09-13', { waitingFor: 'vendor', waitingForName: 'Visma' })],
    { urgentQuarter: '2021-Q4' },
  ),
  project('P14', 'simrishamn-lifecare', 'planned', [at('planned', '2021-08-16')]),
  // Urgent next year: Tomelilla retires Procapita in March 2022 (read licence 240 tkr/year otherwise).
  project('P15', 'tomelilla-voo', 'urgent', [at('planned', '2021-10-18')], { urgentQuarter: '2022-Q1' }),
];

export const DEMO_DATA: ConsortiumData = {
  asOf: DEMO_AS_OF,
  consortium: {
    id: 'skanearkiv',
    name: 'SkånEarkiv',
    hostMunicipalityId: 'lund',
    municipalities: DEMO_MUNICIPALITIES,
  },
  shareBasis: DEMO_SHARE_BASIS,
  budgets: DEMO_BUDGETS,
  outcomes: DEMO_OUTCOMES,
  systems: DEMO_SYSTEMS,
  projects: DEMO_PROJECTS,
};
