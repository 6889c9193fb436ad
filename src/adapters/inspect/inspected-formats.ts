/**
 * The PRONOM formats each inspector looks into, by PUID (names and versions from
 * DROID_SignatureFile_V118.xml and container-signature-20240501.xml). A format missing here is not
 * inspected, so when a new signature file adds a PDF, ZIP-based or OLE2 format, add its PUID.
 */

/** Every PDF: 1.0–1.7 and 2.0, PDF/A-1 to -4, PDF/X, PDF/E, PDF portfolios. */
export const PDF_PUIDS: ReadonlySet<string> = new Set([
  'fmt/14', // PDF 1.0
  'fmt/15', // PDF 1.1
  'fmt/16', // PDF 1.2
  'fmt/17', // PDF 1.3
  'fmt/18', // PDF 1.4
  'fmt/19', // PDF 1.5
  'fmt/20', // PDF 1.6
  'fmt/276', // PDF 1.7
  'fmt/1129', // PDF 2.0
  'fmt/95', // PDF/A-1a
  'fmt/354', // PDF/A-1b
  'fmt/476', // PDF/A-2a
  'fmt/477', // PDF/A-2b
  'fmt/478', // PDF/A-2u
  'fmt/479', // PDF/A-3a
  'fmt/480', // PDF/A-3b
  'fmt/481', // PDF/A-3u
  'fmt/1910', // PDF/A-4
  'fmt/1911', // PDF/A-4e
  'fmt/1912', // PDF/A-4f
  'fmt/144', // PDF/X-1:1999
  'fmt/145', // PDF/X-1:2001
  'fmt/146', // PDF/X-1a:2003
  'fmt/147', // PDF/X-2:2003
  'fmt/148', // PDF/X-3:2003
  'fmt/157', // PDF/X-1a:2001
  'fmt/158', // PDF/X-3:2002
  'fmt/488', // PDF/X-4
  'fmt/489', // PDF/X-4p
  'fmt/490', // PDF/X-5g
  'fmt/491', // PDF/X-5pg
  'fmt/492', // PDF/X-5n
  'fmt/493', // PDF/E-1
  'fmt/1451', // PDF Portfolio
]);

/** Plain ZIP and ZIP-based formats whose entries may carry ZIP encryption. */
export const ZIP_PUIDS: ReadonlySet<string> = new Set([
  'x-fmt/263', // ZIP Format
  'fmt/483', // EPUB
  'fmt/161', // SIARD 1.0
  'fmt/995', // SIARD 2.0
  'fmt/1196', // SIARD 2.1
  'fmt/1777', // SIARD 2.2
]);

/** Office Open XML (ZIP when plain; an OLE2 file with EncryptionInfo when password-protected). */
export const OOXML_PUIDS: ReadonlySet<string> = new Set([
  'fmt/189', // Microsoft Office Open XML (generic)
  'fmt/412', // Word 2007 onwards (docx)
  'fmt/523', // Word macro-enabled (docm)
  'fmt/597', // Word template (dotx)
  'fmt/599', // Word macro-enabled template (dotm)
  'fmt/1827', // DOCX Strict
  'fmt/214', // Excel 2007 onwards (xlsx)
  'fmt/445', // Excel macro-enabled (xlsm)
  'fmt/595', // Excel binary workbook (xlsb)
  'fmt/598', // Excel template (xltx)
  'fmt/627', // Excel macro-enabled template (xltm)
  'fmt/628', // Excel macro-enabled add-in (xlam)
  'fmt/1828', // XLSX Strict
  'fmt/215', // PowerPoint 2007 onwards (pptx)
  'fmt/487', // PowerPoint macro-enabled (pptm)
  'fmt/629', // PowerPoint show (ppsx)
  'fmt/630', // PowerPoint macro-enabled show (ppsm)
  'fmt/631', // PowerPoint template (potx)
  'fmt/632', // PowerPoint macro-enabled template (potm)
  'fmt/633', // PowerPoint macro-enabled add-in (ppam)
  'fmt/636', // PowerPoint macro-enabled slide (sldm)
  'fmt/1829', // PPTX Strict
  'fmt/924', // Visio 2013 drawing (vsdx)
  'fmt/925', // Visio 2013 stencil (vssx)
  'fmt/926', // Visio 2013 template (vstx)
  'fmt/927', // Visio 2013 macro-enabled drawing (vsdm)
  'fmt/928', // Visio 2013 macro-enabled stencil (vssm)
  'fmt/929', // Visio 2013 macro-enabled template (vstm)
  'fmt/494', // Microsoft Office Encrypted Document (container signature: EncryptedPackage)
]);

/** OpenDocument and its OpenOffice.org 1.x predecessor: encryption is declared in META-INF/manifest.xml. */
export const ODF_PUIDS: ReadonlySet<string> = new Set([
  'fmt/135', // OpenDocument Format 1.0 (generic)
  'fmt/136', // ODT 1.0
  'fmt/290', // ODT 1.1
  'fmt/291', // ODT 1.2
  'fmt/1756', // ODT 1.3
  'fmt/137', // ODS 1.0
  'fmt/294', // ODS 1.1
  'fmt/295', // ODS 1.2
  'fmt/1755', // ODS 1.3
  'fmt/138', // ODP 1.0
  'fmt/292', // ODP 1.1
  'fmt/293', // ODP 1.2
  'fmt/1754', // ODP 1.3
  'fmt/139', // ODG 1.0
  'fmt/296', // ODG 1.1
  'fmt/297', // ODG 1.2
  'fmt/1753', // ODG 1.3
  'fmt/140', // ODB 1.0
  'fmt/444', // ODB 1.1
  'fmt/424', // ODB 1.2
  'fmt/1752', // ODB 1.3
  'fmt/128', // OpenOffice Writer 1.0 (sxw)
  'fmt/129', // OpenOffice Calc 1.0 (sxc)
  'fmt/130', // OpenOffice Impress 1.0 (sxi)
  'fmt/127', // OpenOffice Draw 1.0 (sxd)
]);

/** OLE2 compound files: encrypted OOXML, and Word/Excel/PowerPoint 97–2003 with a password. */
export const OLE2_PUIDS: ReadonlySet<string> = new Set([
  'fmt/111', // OLE2 Compound Document Format (generic)
  'fmt/40', // Word 97-2003
  'fmt/609', // Word 6.0-2003 (generic)
  'x-fmt/45', // Word 97-2003 template
  'fmt/754', // Word 97-2003, password protected
  'fmt/755', // Word 97-2003 template, password protected
  'fmt/61', // Excel 97
  'fmt/62', // Excel 2000-2003
  'x-fmt/17', // Excel 97-2003 template
  'fmt/126', // PowerPoint 97-2003
  'x-fmt/87', // PowerPoint show 97-2003
]);
