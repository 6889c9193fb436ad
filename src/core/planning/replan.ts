/** Pin or move one delivery and re-plan the rest around it (earlier pins stay). */
import type { Quarter, SystemId } from '../consortium/model.ts';
import { generatePlan, type PlanInput } from './generate-plan.ts';
import type { Plan } from './model.ts';

export function pinAndReplan(input: PlanInput, previous: Plan, systemId: SystemId, quarter: Quarter): Plan {
  const pins = [...previous.pins.filter((p) => p.systemId !== systemId), { systemId, quarter }];
  return generatePlan({ ...input, settings: previous.settings, pins });
}

export function unpinAndReplan(input: PlanInput, previous: Plan, systemId: SystemId): Plan {
  const pins = previous.pins.filter((p) => p.systemId !== systemId);
  return generatePlan({ ...input, settings: previous.settings, pins });
}
