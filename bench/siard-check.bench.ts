/**
 * node --import tsx bench/siard-check.bench.ts [--quick] [--mb=N]
 * Bounded memory of the SIARD content checks: generates a CITS SIARD package whose .siard file
 * holds one table of ~1 GB of XML (--quick: ~100 MB) with 1,000 LOB files, then checks it in a
 * child process (gatherContext with the SIARD analyzer: ZIP, layout, metadata.xml, table XSD via
 * xmllint --stream, rows, LOB digests) and prints one JSON line:
 * {"case":"siard-check","seconds","peak_rss_mb","xmllint_peak_rss_mb","table_mb","mb_per_second",…}.
 * Peak RSS must not grow with the table: compare the quick and the full run (--mb=N sets any size;
 * NODE_OPTIONS=--max-old-space-size=64 shows the checks fit a small heap).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

const quick = process.argv.includes('--quick');
const MB = 1024 * 1024;
const sizeArg = process.argv.find((a) => a.startsWith('--mb='));
const TARGET_BYTES = (sizeArg ? Number(sizeArg.slice(5)) : quick ? 100 : 1024) * MB;
const LOBS = 1000;
const LOB_EVERY = 997;
const TABLE_NS = 'http://www.bar.admin.ch/xmlns/siard/2/table.xsd';

function lobBytes(i: number): Buffer {
  return Buffer.from(`LOB ${i} `.repeat(100 + (i % 50)));
}

function row(i: number): string {
  const lob = i % LOB_EVERY === 0 && i / LOB_EVERY < LOBS ? i / LOB_EVERY : -1;
  const c4 = i % 7 === 0 ? '' : `<c4>${(i * 37) % 100000}</c4>`;
  const c5 =
    lob < 0
      ? ''
      : `<c5 file="content/schema0/table0/lob5/record${lob}.bin" length="${lobBytes(lob).length}" digestType="SHA-256" messageDigest="${createHash('sha256').update(lobBytes(lob)).digest('hex')}"/>`;
  return `<row><c1>${i}</c1><c2>Ärende ${i} om bygglov för fastigheten Höjden ${i % 977}, Lund</c2><c3>20${10 + (i % 9)}-0${1 + (i % 9)}-1${i % 10}</c3>${c4}${c5}</row>\n`;
}

/** Rows until the table reaches the target size; counted first so metadata.xml can say how many. */
function rowCount(): number {
  let bytes = 0;
  let i = 0;
  while (bytes < TARGET_BYTES) bytes += Buffer.byteLength(row(i++));
  return i;
}

function tableStream(rows: number): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (i === 0) this.push(`<?xml version="1.0" encoding="UTF-8"?>\n<table xmlns="${TABLE_NS}">\n`);
      const parts: string[] = [];
      for (let n = 0; n < 2000 && i < rows; n++) parts.push(row(i++));
      if (parts.length > 0) this.push(parts.join(''));
      if (i >= rows) {
        this.push('</table>\n');
        this.push(null);
      }
    },
  });
}

const TABLE_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${TABLE_NS}" targetNamespace="${TABLE_NS}" elementFormDefault="qualified">
  <xs:element name="table"><xs:complexType><xs:sequence>
    <xs:element name="row" type="rowType" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
  <xs:complexType name="rowType"><xs:sequence>
    <xs:element name="c1" type="xs:integer"/>
    <xs:element name="c2" type="xs:string"/>
    <xs:element name="c3" type="xs:date"/>
    <xs:element name="c4" type="xs:integer" minOccurs="0"/>
    <xs:element name="c5" type="blobType" minOccurs="0"/>
  </xs:sequence></xs:complexType>
  <xs:complexType name="blobType"><xs:simpleContent><xs:extension base="xs:hexBinary">
    <xs:attribute name="file" type="xs:anyURI"/>
    <xs:attribute name="length" type="xs:integer"/>
    <xs:attribute name="digestType" type="xs:string"/>
    <xs:attribute name="messageDigest" type="xs:string"/>
  </xs:extension></xs:simpleContent></xs:complexType>
</xs:schema>
`;

function metadata(rows: number): string {
  const col = (name: string, type: string, nullable: boolean) =>
    `<column><name>${name}</name><type>${type}</type><nullable>${nullable}</nullable></column>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<siardArchive xmlns="http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd" version="2.2">
  <dbname>bench</dbname><dataOwner>samarkiv</dataOwner><dataOriginTimespan>2010–2019</dataOriginTimespan>
  <archivalDate>2026-11-20</archivalDate>
  <schemas><schema><name>public</name><folder>schema0</folder><tables><table>
    <name>arende</name><folder>table0</folder>
    <columns>${col('id', 'INTEGER', false)}${col('rubrik', 'VARCHAR(500)', false)}${col('datum', 'DATE', false)}${col('belopp', 'INTEGER', true)}${col('bilaga', 'BLOB', true)}</columns>
    <rows>${rows}</rows>
  </table></tables></schema></schemas>
  <users/>
</siardArchive>
`;
}

async function writeSiard(path: string, rows: number): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(path));
  zip.addEmptyDirectory('header/siardversion/2.2/');
  zip.addBuffer(Buffer.from(metadata(rows)), 'header/metadata.xml');
  zip.addBuffer(Buffer.from(TABLE_XSD), 'content/schema0/table0/table0.xsd');
  zip.addReadStream(tableStream(rows), 'content/schema0/table0/table0.xml');
  for (let i = 0; i < LOBS && i * LOB_EVERY < rows; i++)
    zip.addBuffer(lobBytes(i), `content/schema0/table0/lob5/record${i}.bin`, { compress: false });
  zip.end();
  await done;
}

const METS = (type: string) => `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" OBJID="bench" TYPE="Databases" csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"${type}/>
`;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'samarkiv-bench-siard-'));
  try {
    const root = join(work, 'bench-sip');
    await mkdir(join(root, 'representations/rep1/data'), { recursive: true });
    await writeFile(join(root, 'METS.xml'), METS(''));
    await writeFile(
      join(root, 'representations/rep1/METS.xml'),
      METS(' csip:OTHERCONTENTINFORMATIONTYPE="SIARD_2.2"'),
    );
    const rows = rowCount();
    const siard = join(root, 'representations/rep1/data/bench.siard');
    await writeSiard(siard, rows);
    const child = await runChild(root);
    if (child.failed.length > 0)
      throw new Error(`the generated SIARD file did not pass: ${JSON.stringify(child.failed)}`);
    const tableMb = TARGET_BYTES / MB;
    console.log(
      JSON.stringify({
        case: 'siard-check',
        seconds: child.seconds,
        peak_rss_mb: child.peak_rss_mb,
        xmllint_peak_rss_mb: child.xmllint_peak_rss_mb,
        table_mb: Math.round(tableMb),
        siard_mb: Math.round((await stat(siard)).size / MB),
        rows,
        lobs: child.lobs,
        mb_per_second: Math.round((tableMb / child.seconds) * 10) / 10,
        quick,
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface ChildResult {
  seconds: number;
  peak_rss_mb: number;
  xmllint_peak_rss_mb: number | null;
  lobs: number;
  failed: string[];
}

async function runChild(root: string): Promise<ChildResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/siard-check-child.ts', root], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`siard-check child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
}

await main();
