/**
 * One generated sample per format of Riksarkivet's accepted preservation list (domain.md §6) and
 * the formats that list says to convert from, each with the PUID and method DROID (signature file
 * V118, container signatures 2024-05-01) gives it.
 */
import {
  gif89a,
  jpegExif,
  jpegJfif,
  mp3,
  mp4,
  mpeg2ps,
  pdf,
  pdfaXmp,
  png,
  tiff,
  wav,
} from './binary-samples.ts';
import { doc, docx, epub, ods, odt, plainZip, siard, xls, xlsx } from './container-samples.ts';

export interface FormatSample {
  readonly format: string;
  readonly name: string;
  readonly puid: string;
  readonly method: 'signature' | 'container' | 'extension';
  make(): Buffer | Promise<Buffer>;
}

const text =
  (s: string, encoding: BufferEncoding = 'utf8') =>
  (): Buffer =>
    Buffer.from(s, encoding);

const SWEDISH =
  'Kommunfullmäktige beslutade att överlämna ärendet till arkivmyndigheten.\nÅrsredovisning 2023.\n';

export const ACCEPTED_FORMAT_SAMPLES: readonly FormatSample[] = [
  {
    format: 'PDF/A-1b',
    name: 'arsredovisning-pdfa1b.pdf',
    puid: 'fmt/354',
    method: 'signature',
    make: () => pdf('1.4', pdfaXmp(1, 'B')),
  },
  {
    format: 'PDF/A-2b',
    name: 'protokoll-pdfa2b.pdf',
    puid: 'fmt/477',
    method: 'signature',
    make: () => pdf('1.7', pdfaXmp(2, 'B')),
  },
  { format: 'PDF 1.4', name: 'skrivelse.pdf', puid: 'fmt/18', method: 'signature', make: () => pdf('1.4') },
  { format: 'TIFF', name: 'ritning.tif', puid: 'fmt/353', method: 'signature', make: tiff },
  { format: 'JPEG (JFIF 1.01)', name: 'foto.jpg', puid: 'fmt/43', method: 'signature', make: jpegJfif },
  { format: 'JPEG (Exif 2.21)', name: 'kamera.jpg', puid: 'fmt/645', method: 'signature', make: jpegExif },
  { format: 'PNG 1.0', name: 'karta.png', puid: 'fmt/11', method: 'signature', make: () => png() },
  {
    format: 'PNG 1.2',
    name: 'karta-itxt.png',
    puid: 'fmt/13',
    method: 'signature',
    make: () => png([['iTXt', Buffer.from('Title\0\0\0\0\0Karta', 'latin1')]]),
  },
  { format: 'GIF 89a', name: 'logga.gif', puid: 'fmt/4', method: 'signature', make: gif89a },
  {
    format: 'XML 1.0',
    name: 'arenden.xml',
    puid: 'fmt/101',
    method: 'signature',
    make: text(
      '<?xml version="1.0" encoding="UTF-8"?>\n<arenden><arende id="KS 2023/12">Bygglov</arende></arenden>\n',
    ),
  },
  {
    format: 'Plain text UTF-8',
    name: 'las-mig.txt',
    puid: 'x-fmt/111',
    method: 'extension',
    make: text(SWEDISH),
  },
  {
    format: 'Plain text Latin-1',
    name: 'gammal.txt',
    puid: 'x-fmt/111',
    method: 'extension',
    make: text(SWEDISH, 'latin1'),
  },
  {
    format: 'CSV',
    name: 'register.csv',
    puid: 'x-fmt/18',
    method: 'extension',
    make: text('diarienummer;rubrik;datum\nKS 2023/12;Bygglov;2023-04-01\n'),
  },
  {
    format: 'SIARD 2.2',
    name: 'procapita.siard',
    puid: 'fmt/1777',
    method: 'container',
    make: () => siard('2.2'),
  },
  {
    format: 'SIARD 2.0',
    name: 'ekonomi.siard',
    puid: 'fmt/995',
    method: 'container',
    make: () => siard('2.0'),
  },
  { format: 'WAV (PCM)', name: 'intervju.wav', puid: 'fmt/141', method: 'signature', make: wav },
  { format: 'MP3', name: 'mote.mp3', puid: 'fmt/134', method: 'signature', make: () => mp3() },
  { format: 'MPEG-2 PS', name: 'film.mpg', puid: 'x-fmt/386', method: 'signature', make: mpeg2ps },
  { format: 'MP4', name: 'film.mp4', puid: 'fmt/199', method: 'signature', make: mp4 },
  { format: 'ODT 1.2', name: 'yttrande.odt', puid: 'fmt/291', method: 'container', make: odt },
  { format: 'ODS 1.2', name: 'budget.ods', puid: 'fmt/295', method: 'container', make: ods },
  { format: 'DOCX', name: 'yttrande.docx', puid: 'fmt/412', method: 'container', make: docx },
  { format: 'XLSX', name: 'budget.xlsx', puid: 'fmt/214', method: 'container', make: xlsx },
  { format: 'DOC (Word 97-2003)', name: 'yttrande.doc', puid: 'fmt/40', method: 'container', make: doc },
  { format: 'XLS (Excel 97)', name: 'budget.xls', puid: 'fmt/61', method: 'container', make: xls },
  { format: 'EPUB', name: 'handbok.epub', puid: 'fmt/483', method: 'container', make: epub },
  {
    format: 'HTML5',
    name: 'webbsida.html',
    puid: 'fmt/471',
    method: 'signature',
    make: text(
      '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Arkiv</title></head><body><p>Hej</p></body></html>\n',
    ),
  },
  {
    format: 'JSON',
    name: 'export.json',
    puid: 'fmt/817',
    method: 'extension',
    make: text('{"arenden":[{"id":"KS 2023/12","rubrik":"Bygglov"}]}\n'),
  },
  { format: 'ZIP', name: 'bilagor.zip', puid: 'x-fmt/263', method: 'signature', make: plainZip },
];
