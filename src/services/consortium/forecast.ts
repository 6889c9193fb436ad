/** Forecast use case: the current plan's deliveries and every open project, by Monte Carlo. */
import {
  DEFAULT_FORECAST_SETTINGS,
  forecast,
  type Forecast,
  type ForecastSettings,
} from '../../core/forecast/forecast.ts';
import type { Plan } from '../../core/planning/model.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { currentPlan } from './plan.ts';

export async function forecastConsortium(
  store: ConsortiumStore,
  options: Partial<Omit<ForecastSettings, 'asOf'>> & { plan?: Plan } = {},
): Promise<{ plan: Plan; forecast: Forecast }> {
  const { plan: given, ...overrides } = options;
  const [plan, systems, projects, asOf] = await Promise.all([
    given ?? currentPlan(store),
    store.getSystems(),
    store.getProjects(),
    store.asOf(),
  ]);
  const settings = { ...DEFAULT_FORECAST_SETTINGS, ...overrides, asOf };
  const planned = plan.items.map((i) => ({ systemId: i.systemId, quarter: i.quarter }));
  return { plan, forecast: forecast({ systems, projects, planned, settings }) };
}
