/** The sentences that say why a planned delivery landed where it did (Swedish first, English second). */
import { quarterLabel } from '../consortium/dates.ts';
import type { Quarter, SystemRecord } from '../consortium/model.ts';
import { formatThousands } from '../economy/format.ts';
import type { SystemScore } from './criteria.ts';
import type { Bilingual, FairnessMode } from './model.ts';

const EXPORT_SV = {
  available: 'export finns',
  'needs-investigation': 'export behöver utredas',
  none: 'ingen export',
};
const EXPORT_EN = {
  available: 'export available',
  'needs-investigation': 'export needs investigation',
  none: 'no export',
};

export function scoreSummary(system: SystemRecord, score: SystemScore): Bilingual {
  const decommission = system.plannedDecommissioning;
  const sv = [
    `verksamhetsnytta ${system.businessBenefit}/5`,
    decommission ? `avveckling ${decommission}` : 'ingen avveckling planerad',
    `läslicens ${formatThousands(system.readLicenceCostSek)} kr/år`,
    `risk ${system.legalRisk}/5`,
    EXPORT_SV[system.exportState],
    `insats ${system.effortPersonDays} pd`,
  ];
  const en = [
    `business benefit ${system.businessBenefit}/5`,
    decommission ? `decommissioning ${decommission}` : 'no decommissioning planned',
    `read licence ${formatThousands(system.readLicenceCostSek, ',')} SEK/year`,
    `risk ${system.legalRisk}/5`,
    EXPORT_EN[system.exportState],
    `effort ${system.effortPersonDays} person-days`,
  ];
  return { sv: `poäng ${score.total} (${sv.join(', ')})`, en: `score ${score.total} (${en.join(', ')})` };
}

function earliest(q: Quarter, first: Quarter): Bilingual {
  return q === first
    ? {
        sv: `${quarterLabel(q)} är planens första kvartal`,
        en: `${quarterLabel(q, 'en')} is the plan's first quarter`,
      }
    : {
        sv: `${quarterLabel(q)} är det tidigaste kvartalet med plats`,
        en: `${quarterLabel(q, 'en')} is the earliest quarter with room`,
      };
}

export function pinnedReason(q: Quarter, summary: Bilingual): Bilingual {
  return {
    sv: `Låst till ${quarterLabel(q)} av en arkivarie; resten av planen är planerad runt den. Underlag: ${summary.sv}.`,
    en: `Pinned to ${quarterLabel(q, 'en')} by an archivist; the rest of the plan was planned around it. Basis: ${summary.en}.`,
  };
}

export function pilotReason(q: Quarter, first: Quarter, summary: Bilingual): Bilingual {
  const e = earliest(q, first);
  return {
    sv: `Pilotsystem: piloter planeras först. ${e.sv}. Underlag: ${summary.sv}.`,
    en: `Pilot system: pilots are planned first. ${e.en}. Basis: ${summary.en}.`,
  };
}

export function firstDeliveryReason(
  member: string,
  q: Quarter,
  first: Quarter,
  summary: Bilingual,
): Bilingual {
  const e = earliest(q, first);
  return {
    sv: `Första leveransen för ${member}: varje kommun får minst en leverans så tidigt som möjligt, och ${e.sv}. Valt som högst prioriterat av kommunens system som ryms där: ${summary.sv}.`,
    en: `First delivery for ${member}: every municipality gets at least one delivery as early as possible, and ${e.en}. Chosen as the municipality's highest-priority system that fits there: ${summary.en}.`,
  };
}

export function fairShareReason(
  member: string,
  countBefore: number,
  mode: FairnessMode,
  q: Quarter,
  first: Quarter,
  summary: Bilingual,
): Bilingual {
  const e = earliest(q, first);
  const sv = `${countBefore} ${countBefore === 1 ? 'leverans' : 'leveranser'}`;
  const en = `${countBefore} ${countBefore === 1 ? 'delivery' : 'deliveries'}`;
  const rule =
    mode === 'equal'
      ? {
          sv: `jämn fördelning: ${member} hade ${sv}, inte fler än någon annan kommun med system kvar`,
          en: `equal shares: ${member} had ${en}, no more than any other municipality with systems left`,
        }
      : {
          sv: `fördelning efter kostnadsandel: ${member} låg längst under sin andel med ${sv}`,
          en: `shares in proportion to cost share: ${member} was furthest below its share with ${en}`,
        };
  return {
    sv: `Leverans ${countBefore + 1} för ${member} enligt ${rule.sv}. ${e.sv}. Kommunens högst prioriterade system som ryms: ${summary.sv}.`,
    en: `Delivery ${countBefore + 1} for ${member} by ${rule.en}. ${e.en}. The municipality's highest-priority system that fits: ${summary.en}.`,
  };
}

export function lateWarning(q: Quarter, decommission: string): Bilingual {
  return {
    sv: `Planerad efter avvecklingen ${decommission}: en läslicens kan behövas — överväg en brådskande leverans.`,
    en: `Planned after decommissioning on ${decommission}: a read licence may be needed — consider an urgent delivery (${quarterLabel(q, 'en')}).`,
  };
}

export function unplannedReason(
  effort: number,
  maxCapacity: number,
  first: Quarter,
  last: Quarter,
): Bilingual {
  if (effort > maxCapacity)
    return {
      sv: `Insatsen (${effort} pd) är större än något kvartals kapacitet (${maxCapacity} pd).`,
      en: `The effort (${effort} person-days) exceeds every quarter's capacity (${maxCapacity}).`,
    };
  return {
    sv: `Ryms inte inom planperioden ${quarterLabel(first)}–${quarterLabel(last)}: kapaciteten är fördelad.`,
    en: `Does not fit within the plan period ${quarterLabel(first, 'en')}–${quarterLabel(last, 'en')}: the capacity is used up.`,
  };
}
