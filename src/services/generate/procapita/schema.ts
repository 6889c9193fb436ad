/**
 * The tables of the Procapita-like social-care database (individ- och familjeomsorg, äldreomsorg):
 * 22 tables with primary and foreign keys, a BLOB column of scanned decisions and a view. Column
 * types are SQL:2008 (the SIARD model), so the same description creates the tables in SQLite and
 * in PostgreSQL through the import targets' DDL.
 */
import type {
  ColumnModel,
  ForeignKeyModel,
  SchemaModel,
  TableModel,
} from '../../../core/siard-export/database-model.ts';
import type { SqlType } from '../../../core/siard-export/sql-types.ts';

const T = {
  id: { kind: 'bigint' },
  int: { kind: 'integer' },
  bool: { kind: 'boolean' },
  date: { kind: 'date' },
  ts: { kind: 'timestamp', fraction: 0 },
  text: { kind: 'clob' },
  blob: { kind: 'blob' },
  money: { kind: 'decimal', precision: 12, scale: 2 },
  hours: { kind: 'decimal', precision: 6, scale: 2 },
  v: (length: number): SqlType => ({ kind: 'varchar', length }),
  c: (length: number): SqlType => ({ kind: 'char', length }),
} as const;

type Col = [name: string, type: SqlType, nullable?: boolean, description?: string];

function table(
  name: string,
  description: string,
  cols: readonly Col[],
  refs: Record<string, string> = {},
): TableModel {
  const columns: ColumnModel[] = [['id', T.id, false, 'Löpnummer'] as Col, ...cols].map(
    ([n, type, nullable, d]) => ({
      name: n,
      type,
      typeOriginal: '',
      nullable: nullable ?? false,
      ...(d ? { description: d } : {}),
    }),
  );
  const foreignKeys: ForeignKeyModel[] = Object.entries(refs).map(([column, target]) => ({
    name: `fk_${name}_${column}`,
    referencedSchema: 'public',
    referencedTable: target,
    references: [{ column, referenced: 'id' }],
  }));
  return {
    name,
    description,
    columns,
    primaryKey: { name: `pk_${name}`, columns: ['id'] },
    candidateKeys: [],
    foreignKeys,
  };
}

export const PROCAPITA_TABLES: readonly TableModel[] = [
  table('kommun', 'Kommuner i samverkan', [
    ['namn', T.v(60)],
    ['kommunkod', T.c(4)],
  ]),
  table(
    'enhet',
    'Utförare och handläggande enheter',
    [
      ['kommun_id', T.id],
      ['namn', T.v(80)],
      ['typ', T.v(40)],
    ],
    { kommun_id: 'kommun' },
  ),
  table(
    'personal',
    'Handläggare, utförare och chefer',
    [
      ['enhet_id', T.id],
      ['fornamn', T.v(40)],
      ['efternamn', T.v(60)],
      ['titel', T.v(60)],
      ['epost', T.v(120)],
    ],
    { enhet_id: 'enhet' },
  ),
  table('insatstyp', 'Insatser enligt SoL och LSS', [
    ['kod', T.v(10)],
    ['benamning', T.v(80)],
    ['lagrum', T.v(40)],
  ]),
  table(
    'klient',
    'Enskilda (fiktiva personnummer, födelsenummer 980–999)',
    [
      ['personnummer', T.c(13), false, 'Fiktivt personnummer ÅÅÅÅMMDD-NNNK'],
      ['fornamn', T.v(40)],
      ['efternamn', T.v(60)],
      ['fodelsedatum', T.date],
      ['kon', T.c(1)],
      ['adress', T.v(80), true],
      ['postnummer', T.c(6), true],
      ['ort', T.v(40), true],
      ['kommun_id', T.id],
      ['skyddad_identitet', T.bool],
      ['registrerad', T.ts],
    ],
    { kommun_id: 'kommun' },
  ),
  table(
    'anhorig',
    'Anhöriga och kontaktpersoner',
    [
      ['klient_id', T.id],
      ['namn', T.v(100)],
      ['relation', T.v(40)],
      ['telefon', T.v(20), true],
    ],
    { klient_id: 'klient' },
  ),
  table(
    'arende',
    'Ärenden',
    [
      ['klient_id', T.id],
      ['handlaggare_id', T.id],
      ['diarienummer', T.v(20)],
      ['inkommet', T.date],
      ['avslutat', T.date, true],
      ['status', T.v(20)],
    ],
    { klient_id: 'klient', handlaggare_id: 'personal' },
  ),
  table(
    'ansokan',
    'Ansökningar och anmälningar',
    [
      ['arende_id', T.id],
      ['insatstyp_id', T.id],
      ['inkommen', T.date],
      ['beskrivning', T.text],
    ],
    { arende_id: 'arende', insatstyp_id: 'insatstyp' },
  ),
  table(
    'utredning',
    'Utredningar',
    [
      ['arende_id', T.id],
      ['utredare_id', T.id],
      ['startad', T.date],
      ['klar', T.date, true],
      ['sammanfattning', T.text, true],
    ],
    { arende_id: 'arende', utredare_id: 'personal' },
  ),
  table(
    'beslut',
    'Beslut om bistånd och insatser',
    [
      ['arende_id', T.id],
      ['insatstyp_id', T.id],
      ['beslutsfattare_id', T.id],
      ['beslutsdatum', T.date],
      ['utfall', T.v(20)],
      ['giltig_from', T.date, true],
      ['giltig_tom', T.date, true],
      ['motivering', T.text],
      ['belopp', T.money, true],
    ],
    { arende_id: 'arende', insatstyp_id: 'insatstyp', beslutsfattare_id: 'personal' },
  ),
  table(
    'overklagande',
    'Överklaganden av beslut',
    [
      ['beslut_id', T.id],
      ['inkommet', T.date],
      ['instans', T.v(40)],
      ['utfall', T.v(20), true],
    ],
    { beslut_id: 'beslut' },
  ),
  table(
    'verkstallighet',
    'Verkställighet av beviljade insatser',
    [
      ['beslut_id', T.id],
      ['enhet_id', T.id],
      ['startdatum', T.date],
      ['slutdatum', T.date, true],
      ['timmar_per_manad', T.hours, true],
    ],
    { beslut_id: 'beslut', enhet_id: 'enhet' },
  ),
  table(
    'genomforandeplan',
    'Genomförandeplaner',
    [
      ['verkstallighet_id', T.id],
      ['upprattad', T.date],
      ['mal', T.text],
      ['uppfoljning', T.date, true],
    ],
    { verkstallighet_id: 'verkstallighet' },
  ),
  table(
    'planmal',
    'Delmål i genomförandeplaner',
    [
      ['genomforandeplan_id', T.id],
      ['ordning', T.int],
      ['beskrivning', T.v(200)],
    ],
    { genomforandeplan_id: 'genomforandeplan' },
  ),
  table(
    'journalanteckning',
    'Journalanteckningar (social dokumentation)',
    [
      ['klient_id', T.id],
      ['personal_id', T.id],
      ['skriven', T.ts],
      ['rubrik', T.v(80)],
      ['text', T.text],
    ],
    { klient_id: 'klient', personal_id: 'personal' },
  ),
  table(
    'besok',
    'Planerade och utförda besök',
    [
      ['verkstallighet_id', T.id],
      ['personal_id', T.id],
      ['planerad_start', T.ts],
      ['utford', T.bool],
      ['minuter', T.int, true],
    ],
    { verkstallighet_id: 'verkstallighet', personal_id: 'personal' },
  ),
  table(
    'avgift',
    'Månadsavgifter',
    [
      ['klient_id', T.id],
      ['manad', T.date],
      ['belopp', T.money],
    ],
    { klient_id: 'klient' },
  ),
  table(
    'faktura',
    'Fakturor',
    [
      ['klient_id', T.id],
      ['fakturadatum', T.date],
      ['forfallodatum', T.date],
      ['belopp', T.money],
      ['betald', T.bool],
    ],
    { klient_id: 'klient' },
  ),
  table(
    'fakturarad',
    'Fakturarader',
    [
      ['faktura_id', T.id],
      ['avgift_id', T.id],
      ['text', T.v(120)],
      ['belopp', T.money],
    ],
    { faktura_id: 'faktura', avgift_id: 'avgift' },
  ),
  table(
    'dokument',
    'Inskannade handlingar',
    [
      ['arende_id', T.id],
      ['titel', T.v(120)],
      ['mimetyp', T.v(40)],
      ['innehall', T.blob],
    ],
    { arende_id: 'arende' },
  ),
  table(
    'samtycke',
    'Samtycken',
    [
      ['klient_id', T.id],
      ['typ', T.v(60)],
      ['givet', T.date],
      ['aterkallat', T.date, true],
    ],
    { klient_id: 'klient' },
  ),
  table(
    'logg',
    'Åtkomstlogg',
    [
      ['personal_id', T.id],
      ['klient_id', T.id],
      ['tidpunkt', T.ts],
      ['handelse', T.v(60)],
    ],
    { personal_id: 'personal', klient_id: 'klient' },
  ),
];

export const PROCAPITA_SCHEMA: SchemaModel = { name: 'public', tables: PROCAPITA_TABLES, views: [] };

/** The view, in SQL both SQLite and PostgreSQL accept. */
export const AKTIVA_BESLUT_VIEW = {
  name: 'aktiva_beslut',
  query: `SELECT b.id, k.personnummer, k.fornamn, k.efternamn, i.benamning, b.beslutsdatum, b.giltig_tom
  FROM beslut b JOIN arende a ON a.id = b.arende_id JOIN klient k ON k.id = a.klient_id JOIN insatstyp i ON i.id = b.insatstyp_id
  WHERE b.utfall = 'Beviljat'`,
};
