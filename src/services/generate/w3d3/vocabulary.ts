/**
 * The Swedish material a W3D3-like export is made of: names, places, a classification scheme in
 * the manner of Klassa (SKR's model: process areas, process groups, processes) and, per process,
 * the case titles and the handlingar a case of that kind holds. All made up.
 */

export const FIRST_NAMES = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Kerstin',
  'Emma',
  'Ingrid',
  'Malin',
  'Åsa',
  'Elin',
  'Linnéa',
  'Maja',
  'Johanna',
  'Lars',
  'Erik',
  'Anders',
  'Per',
  'Karl',
  'Johan',
  'Mikael',
  'Jan',
  'Björn',
  'Olof',
  'Göran',
  'Stefan',
  'Mats',
  'Ali',
  'Ahmed',
] as const;

export const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Åberg',
  'Öberg',
  'Ström',
  'Lundqvist',
  'Sjöberg',
  'Nyström',
  'Håkansson',
  'Hassan',
  'Lindgren',
] as const;

export const STREETS = [
  'Storgatan',
  'Kyrkogatan',
  'Åkervägen',
  'Björkvägen',
  'Skolgatan',
  'Järnvägsgatan',
  'Ängsvägen',
  'Södra vägen',
  'Norra Esplanaden',
  'Sjövägen',
  'Tallstigen',
  'Mölletorpsvägen',
  'Lärkgatan',
] as const;

export const TOWNS = [
  ['Lund', '222 21'],
  ['Dalby', '247 50'],
  ['Genarp', '247 64'],
  ['Södra Sandby', '247 31'],
  ['Veberöd', '247 65'],
] as const;

export const COMPANY_WORDS = [
  'Bygg',
  'Fastighet',
  'Konsult',
  'Entreprenad',
  'Miljö',
  'Transport',
  'Data',
] as const;
export const COMPANY_PLACES = ['Skånska', 'Lunda', 'Södra', 'Norra', 'Öresunds', 'Dalby'] as const;
export const ASSOCIATIONS = [
  'Dalby scoutkår',
  'IFK Genarp',
  'Lunds konstförening',
  'Veberöds hembygdsförening',
  'Södra Sandby pensionärsförening',
  'Lunds schacksällskap',
] as const;

export const OFFICERS = [
  'Handläggare',
  'Bygglovshandläggare',
  'Miljöinspektör',
  'Nämndsekreterare',
  'Registrator',
  'Ekonom',
  'HR-specialist',
  'Upphandlare',
  'Biståndshandläggare',
] as const;

/** A kind of handling: its title, direction, PDF template and attachments (bilagor). */
export interface RecordKind {
  readonly title: string;
  readonly direction: 'incoming' | 'outgoing' | 'internal_memo_for_follow-up';
  readonly template: TemplateKind;
  readonly attachments?: readonly string[];
  /** The party is the sender (incoming) or recipient (outgoing); internal memos have none. */
}

export type TemplateKind = 'ansokan' | 'beslut' | 'skrivelse' | 'yttrande' | 'protokoll' | 'bilaga';

export interface ProcessClass {
  /** Classification code, e.g. "3.1". */
  readonly code: string;
  readonly name: string;
  /** The process group it belongs to, e.g. "3 Samhällsbyggnad". */
  readonly group: string;
  /** Case titles; {adress}, {namn}, {org}, {förening} and {år} are filled in. */
  readonly titles: readonly string[];
  readonly records: readonly RecordKind[];
  /** Secrecy provision of OSL that applies to cases of this kind, if any. */
  readonly secrecy?: string;
  /** The counterpart of a case: a private person, a company or an association. */
  readonly party: 'person' | 'company' | 'association';
}

export const PROCESS_GROUPS = [
  ['1', 'Styra verksamheten'],
  ['2', 'Stödja verksamheten'],
  ['3', 'Samhällsbyggnad'],
  ['4', 'Utbildning'],
  ['5', 'Vård och omsorg'],
  ['6', 'Kultur och fritid'],
] as const;

export const CLASSIFICATION: readonly ProcessClass[] = [
  {
    code: '1.1',
    name: 'Styra och leda verksamheten',
    group: '1',
    party: 'company',
    titles: [
      'Revision av kommunstyrelsens verksamhet {år}',
      'Medborgarförslag om {adress}',
      'Remiss från {org}',
    ],
    records: [
      { title: 'Skrivelse', direction: 'incoming', template: 'skrivelse' },
      { title: 'Tjänsteskrivelse', direction: 'internal_memo_for_follow-up', template: 'skrivelse' },
      { title: 'Protokollsutdrag', direction: 'outgoing', template: 'protokoll' },
    ],
  },
  {
    code: '1.2',
    name: 'Planera och följa upp verksamheten',
    group: '1',
    party: 'company',
    titles: ['Verksamhetsplan {år}', 'Delårsrapport {år}', 'Uppföljning av internkontroll {år}'],
    records: [
      {
        title: 'Tjänsteskrivelse',
        direction: 'internal_memo_for_follow-up',
        template: 'skrivelse',
        attachments: ['Underlag'],
      },
      { title: 'Protokollsutdrag', direction: 'outgoing', template: 'protokoll' },
    ],
  },
  {
    code: '2.1',
    name: 'Hantera ekonomi',
    group: '2',
    party: 'company',
    titles: ['Faktura från {org} avseende konsulttjänster', 'Begäran om tilläggsanslag {år}'],
    records: [
      { title: 'Faktura', direction: 'incoming', template: 'skrivelse' },
      { title: 'Beslut om attest', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '2.2',
    name: 'Hantera personal',
    group: '2',
    party: 'person',
    secrecy: 'OSL 39 kap. 3 §',
    titles: ['Rehabiliteringsärende {namn}', 'Anställning av {namn}', 'Löneöversyn {år}'],
    records: [
      { title: 'Ansökan', direction: 'incoming', template: 'ansokan', attachments: ['Meritförteckning'] },
      { title: 'Anställningsavtal', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '2.3',
    name: 'Hantera upphandling',
    group: '2',
    party: 'company',
    titles: ['Upphandling av {tjänst}', 'Direktupphandling av {tjänst}'],
    records: [
      { title: 'Förfrågningsunderlag', direction: 'outgoing', template: 'skrivelse' },
      {
        title: 'Anbud',
        direction: 'incoming',
        template: 'ansokan',
        attachments: ['Prisbilaga', 'Referenser'],
      },
      { title: 'Tilldelningsbeslut', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '3.1',
    name: 'Hantera bygglov',
    group: '3',
    party: 'person',
    titles: [
      'Bygglov för nybyggnad av enbostadshus, {adress}',
      'Bygglov för tillbyggnad av garage, {adress}',
      'Marklov för trädfällning, {adress}',
      'Anmälan om eldstad, {adress}',
    ],
    records: [
      {
        title: 'Ansökan om bygglov',
        direction: 'incoming',
        template: 'ansokan',
        attachments: ['Situationsplan', 'Fasadritning'],
      },
      { title: 'Yttrande från granne', direction: 'incoming', template: 'yttrande' },
      { title: 'Beslut om bygglov', direction: 'outgoing', template: 'beslut' },
      { title: 'Startbesked', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '3.2',
    name: 'Hantera detaljplaner',
    group: '3',
    party: 'company',
    titles: ['Detaljplan för del av {adress}', 'Planbesked för {adress}'],
    records: [
      {
        title: 'Begäran om planbesked',
        direction: 'incoming',
        template: 'ansokan',
        attachments: ['Illustrationsplan'],
      },
      { title: 'Samrådsyttrande', direction: 'incoming', template: 'yttrande' },
      { title: 'Protokollsutdrag', direction: 'outgoing', template: 'protokoll' },
    ],
  },
  {
    code: '3.3',
    name: 'Hantera miljö- och hälsoskyddstillsyn',
    group: '3',
    party: 'company',
    titles: [
      'Tillsyn av livsmedelsanläggning, {org}',
      'Klagomål på buller, {adress}',
      'Anmälan om värmepump, {adress}',
    ],
    records: [
      { title: 'Anmälan', direction: 'incoming', template: 'ansokan' },
      {
        title: 'Inspektionsrapport',
        direction: 'internal_memo_for_follow-up',
        template: 'skrivelse',
        attachments: ['Fotobilaga'],
      },
      { title: 'Föreläggande', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '4.1',
    name: 'Hantera skolskjuts',
    group: '4',
    party: 'person',
    secrecy: 'OSL 23 kap. 2 §',
    titles: ['Ansökan om skolskjuts, {namn}'],
    records: [
      { title: 'Ansökan om skolskjuts', direction: 'incoming', template: 'ansokan' },
      { title: 'Beslut om skolskjuts', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '5.1',
    name: 'Hantera färdtjänst',
    group: '5',
    party: 'person',
    secrecy: 'OSL 26 kap. 1 §',
    titles: ['Ansökan om färdtjänst, {namn}', 'Omprövning av färdtjänst, {namn}'],
    records: [
      {
        title: 'Ansökan om färdtjänst',
        direction: 'incoming',
        template: 'ansokan',
        attachments: ['Läkarintyg'],
      },
      { title: 'Utredning', direction: 'internal_memo_for_follow-up', template: 'skrivelse' },
      { title: 'Beslut om färdtjänst', direction: 'outgoing', template: 'beslut' },
    ],
  },
  {
    code: '6.1',
    name: 'Hantera föreningsbidrag',
    group: '6',
    party: 'association',
    titles: ['Ansökan om verksamhetsbidrag {år}, {förening}', 'Ansökan om lokalbidrag, {förening}'],
    records: [
      {
        title: 'Ansökan om bidrag',
        direction: 'incoming',
        template: 'ansokan',
        attachments: ['Verksamhetsberättelse', 'Budget'],
      },
      { title: 'Beslut om bidrag', direction: 'outgoing', template: 'beslut' },
    ],
  },
];

export const SERVICES = [
  'skolskjutstjänster',
  'städtjänster',
  'IT-konsulter',
  'snöröjning',
  'kontorsmaterial',
] as const;

/** Free text lines for documents, by template. */
export const BODY_LINES: Readonly<Record<TemplateKind, readonly string[]>> = {
  ansokan: ['Härmed ansöks om prövning enligt bifogade handlingar.', 'Sökanden begär skyndsam handläggning.'],
  beslut: ['Nämnden beslutar att bevilja ansökan med villkor.', 'Nämnden beslutar att avslå ansökan.'],
  skrivelse: [
    'Förvaltningen föreslår att ärendet överlämnas till nämnden.',
    'Ärendet har beretts av förvaltningen.',
  ],
  yttrande: ['Vi har inget att erinra mot förslaget.', 'Vi motsätter oss förslaget av skäl som anges nedan.'],
  protokoll: ['Paragrafen förklaras omedelbart justerad.', 'Beslutet expedieras till berörda.'],
  bilaga: ['Bilagan hör till handlingen ovan.', 'Bilagan har kommit in i original.'],
};
