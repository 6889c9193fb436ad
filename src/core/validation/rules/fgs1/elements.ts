/**
 * Every element of the sip.xml model with a name and an XPath, for the rules that look at the
 * attributes of any element (FGS1-EXT-1, FGS1-EXT-6).
 */
import type { MetsElement } from '../../../package/mets-model.ts';
import { fileEntries, fileGrps } from '../shared/file-section.ts';
import { sectionsIn } from '../shared/metadata-sections.ts';
import type { SipMets } from './sip-mets.ts';

export interface ElementAt {
  /** Local name: mets, metsHdr, agent, file, FLocat, mdRef … */
  readonly name: string;
  readonly el: MetsElement;
  readonly xpath: string;
}

export function* sipElements(m: SipMets): Generator<ElementAt> {
  const doc = m.doc;
  yield { name: 'mets', el: m.mets, xpath: '/mets' };
  for (const hdr of doc.metsHdrs) {
    yield { name: 'metsHdr', el: hdr, xpath: '/mets/metsHdr' };
    for (const agent of hdr.agents) yield { name: 'agent', el: agent, xpath: '/mets/metsHdr/agent' };
    for (const alt of hdr.altRecordIds)
      yield { name: 'altRecordID', el: alt, xpath: '/mets/metsHdr/altRecordID' };
  }
  const mets = { ...m, representation: '' };
  for (const s of sectionsIn(mets, ['dmdSec', 'techMD', 'rightsMD', 'sourceMD', 'digiprovMD'])) {
    yield { name: s.sec.kind, el: s.sec, xpath: s.xpath };
    for (const ref of s.sec.mdRefs) yield { name: 'mdRef', el: ref, xpath: `${s.xpath}/mdRef` };
  }
  for (const amd of doc.amdSecs) yield { name: 'amdSec', el: amd, xpath: '/mets/amdSec' };
  for (const sec of doc.fileSecs) yield { name: 'fileSec', el: sec, xpath: '/mets/fileSec' };
  for (const { grp, xpath } of fileGrps(doc)) yield { name: 'fileGrp', el: grp, xpath };
  for (const { file, xpath } of fileEntries(doc)) {
    yield { name: 'file', el: file, xpath };
    for (const flocat of file.flocats) yield { name: 'FLocat', el: flocat, xpath: `${xpath}/FLocat` };
  }
  for (const map of doc.structMaps) yield { name: 'structMap', el: map, xpath: '/mets/structMap' };
}
