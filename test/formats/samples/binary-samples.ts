/**
 * Generated samples of binary formats, shaped after their specifications closely enough for a
 * format identifier (and mostly for real readers too): magic numbers, headers, chunk or box
 * structure, trailers. No bytes are copied from real files.
 */
import { crc32, deflateSync } from 'node:zlib';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const u16be = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const u32be = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const u16le = (n: number): Buffer => Buffer.from([n & 0xff, n >> 8]);
const u32le = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A one-page PDF with correct xref offsets; `xmp` (if given) becomes the catalogue's /Metadata. */
export function pdf(version: string, xmp?: string): Buffer {
  const objects: string[] = [
    `<< /Type /Catalog /Pages 2 0 R${xmp ? ' /Metadata 4 0 R' : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>',
  ];
  if (xmp)
    objects.push(
      `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp)} >>\nstream\n${xmp}\nendstream`,
    );
  let body = `%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** XMP packet claiming PDF/A conformance (part 1 or 2, level B), as PDF/A writers embed it. */
export function pdfaXmp(part: number, conformance: string): string {
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="${part}" pdfaid:conformance="${conformance}"/>`,
    '</rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** A 2×2 8-bit greyscale baseline TIFF, little-endian. */
export function tiff(): Buffer {
  const tags: [number, number, number, number][] = [
    [256, 3, 1, 2], // ImageWidth
    [257, 3, 1, 2], // ImageLength
    [258, 3, 1, 8], // BitsPerSample
    [259, 3, 1, 1], // Compression: none
    [262, 3, 1, 1], // Photometric: black is zero
    [273, 4, 1, 0], // StripOffsets (patched below)
    [278, 3, 1, 2], // RowsPerStrip
    [279, 4, 1, 4], // StripByteCounts
  ];
  const ifdSize = 2 + tags.length * 12 + 4;
  const pixels = 8 + ifdSize;
  const parts = [ascii('II'), u16le(42), u32le(8), u16le(tags.length)];
  for (const [tag, type, count, value] of tags) {
    const v = tag === 273 ? pixels : value;
    parts.push(
      u16le(tag),
      u16le(type),
      u32le(count),
      type === 3 ? Buffer.concat([u16le(v), u16le(0)]) : u32le(v),
    );
  }
  parts.push(u32le(0), Buffer.from([0x00, 0x55, 0xaa, 0xff]));
  return Buffer.concat(parts);
}

/** JPEG markers around a tiny entropy-coded segment: SOI, APPn, DQT, SOF0, DHT, SOS, EOI. */
function jpeg(app: Buffer): Buffer {
  const segment = (marker: number, payload: Buffer): Buffer =>
    Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    app,
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.concat([Buffer.from([0, 0, 1]), Buffer.alloc(14), Buffer.from([0])])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0xf8, 0x00, 0xff, 0xd9]),
  ]);
}

/** JFIF 1.01 (APP0 "JFIF\0" version 1.01). */
export function jpegJfif(): Buffer {
  const app0 = Buffer.concat([
    ascii('JFIF\0'),
    Buffer.from([1, 1, 0]),
    u16be(1),
    u16be(1),
    Buffer.from([0, 0]),
  ]);
  return jpeg(Buffer.concat([Buffer.from([0xff, 0xe0]), u16be(app0.length + 2), app0]));
}

/** Exif 2.21: APP1 "Exif\0\0" with a big-endian TIFF header and an ExifVersion "0221" tag. */
export function jpegExif(): Buffer {
  const tiffHeader = Buffer.concat([ascii('MM'), u16be(42), u32be(8)]);
  const ifd0 = Buffer.concat([u16be(1), u16be(0x8769), u16be(4), u32be(1), u32be(26), u32be(0)]);
  const exifIfd = Buffer.concat([u16be(1), u16be(0x9000), u16be(7), u32be(4), ascii('0221'), u32be(0)]);
  const app1 = Buffer.concat([ascii('Exif\0\0'), tiffHeader, ifd0, exifIfd]);
  return jpeg(Buffer.concat([Buffer.from([0xff, 0xe1]), u16be(app1.length + 2), app1]));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const td = Buffer.concat([ascii(type), data]);
  return Buffer.concat([u32be(data.length), td, u32be(crc32(td))]);
}

/** A 1×1 greyscale PNG; `extra` chunks (e.g. iTXt for PNG 1.2) go before IDAT. */
export function png(extra: [string, Buffer][] = []): Buffer {
  const ihdr = Buffer.concat([u32be(1), u32be(1), Buffer.from([8, 0, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra.map(([t, d]) => pngChunk(t, d)),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 1×1 GIF 89a with a two-colour table and a trailer. */
export function gif89a(): Buffer {
  return Buffer.concat([
    ascii('GIF89a'),
    u16le(1),
    u16le(1),
    Buffer.from([0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]),
    Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]),
    ascii(';'),
  ]);
}

/** RIFF WAVE with a 16-byte PCM 'fmt ' chunk (PCMWAVEFORMAT) and a short 'data' chunk. */
export function wav(): Buffer {
  const fmt = Buffer.concat([u16le(1), u16le(1), u32le(8000), u32le(16000), u16le(2), u16le(16)]);
  const data = Buffer.alloc(800);
  const body = Buffer.concat([
    ascii('WAVE'),
    ascii('fmt '),
    u32le(16),
    fmt,
    ascii('data'),
    u32le(data.length),
    data,
  ]);
  return Buffer.concat([ascii('RIFF'), u32le(body.length), body]);
}

/** MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, 417 bytes each), without an ID3 tag. */
export function mp3(frames = 24): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

/** MPEG-2 program stream: pack header, system header, a video PES with sequence header and extension, end code. */
export function mpeg2ps(): Buffer {
  const pack = Buffer.from([0, 0, 1, 0xba, 0x44, 0, 4, 0, 4, 1, 1, 0x89, 0xc3, 0xf8]);
  const system = Buffer.from([
    0, 0, 1, 0xbb, 0, 12, 0x80, 0x1e, 0xff, 0xfe, 0xe1, 0xff, 0xe0, 0xe0, 0xe8, 0xc0, 0xc0, 0x20,
  ]);
  const sequence = Buffer.from([0, 0, 1, 0xb3, 0x2d, 0x01, 0xe0, 0x24, 0xff, 0xff, 0xe0, 0x18]);
  const extension = Buffer.from([0, 0, 1, 0xb5, 0x14, 0x8a, 0, 1, 0, 0]);
  const payload = Buffer.concat([sequence, extension, Buffer.from([0, 0, 1, 0xb8, 0, 8, 0, 0x40])]);
  const pesHeader = Buffer.from([0x81, 0x80, 5, 0x21, 0, 1, 0, 1]);
  const pes = Buffer.concat([
    Buffer.from([0, 0, 1, 0xe0]),
    u16be(pesHeader.length + payload.length),
    pesHeader,
    payload,
  ]);
  return Buffer.concat([pack, system, pes, Buffer.from([0, 0, 1, 0xb9])]);
}

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32be(8 + body.length), ascii(type), body]);
}

/** ISO base media file: ftyp (isom), moov with an mvhd, and an mdat. */
export function mp4(): Buffer {
  const mvhd = Buffer.concat([
    Buffer.alloc(12),
    u32be(1000),
    u32be(0),
    u32be(0x00010000),
    u16be(0x0100),
    Buffer.alloc(70),
    u32be(2),
  ]);
  return Buffer.concat([
    box('ftyp', ascii('isom'), u32be(0x200), ascii('isomiso2mp41')),
    box('moov', box('mvhd', mvhd)),
    box('mdat', Buffer.alloc(16)),
  ]);
}
