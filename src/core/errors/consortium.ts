/** Coded errors of the consortium: inventory, plan, forecasts, economy, yearly report. Documented in docs/errors.md. */
import { define } from './define.ts';

export const CONSORTIUM_ERRORS = {
  ARC_ERR_ECONOMY_YEAR_UNKNOWN: define(
    'ARC_ERR_ECONOMY_YEAR_UNKNOWN',
    'No budget for the year %s',
    'Ingen budget för år %s',
    404,
    2,
  ),
  ARC_ERR_ECONOMY_SHARE_BASIS_INVALID: define(
    'ARC_ERR_ECONOMY_SHARE_BASIS_INVALID',
    'Invalid cost-share basis: %s',
    'Ogiltigt underlag för kostnadsandelar: %s',
    422,
    2,
  ),
  ARC_ERR_PLAN_SETTINGS_INVALID: define(
    'ARC_ERR_PLAN_SETTINGS_INVALID',
    'Invalid plan settings: %s',
    'Ogiltiga inställningar för leveransplanen: %s',
    422,
    2,
  ),
  ARC_ERR_PLAN_PIN_INVALID: define(
    'ARC_ERR_PLAN_PIN_INVALID',
    'Cannot pin %s: %s',
    'Kan inte låsa %s: %s',
    422,
    2,
  ),
  ARC_ERR_PLAN_PIN_OVER_CAPACITY: define(
    'ARC_ERR_PLAN_PIN_OVER_CAPACITY',
    'Pinned deliveries exceed the capacity of %s (%s of %s person-days)',
    'Låsta leveranser överskrider kapaciteten för %s (%s av %s persondagar)',
    422,
    2,
  ),
  ARC_ERR_PLAN_VERSION_CONFLICT: define(
    'ARC_ERR_PLAN_VERSION_CONFLICT',
    'Plan version %s already exists',
    'Planversion %s finns redan',
    409,
    2,
  ),
  ARC_ERR_PROJECT_HISTORY_INVALID: define(
    'ARC_ERR_PROJECT_HISTORY_INVALID',
    'Invalid phase history of project %s: %s',
    'Ogiltig fashistorik för projekt %s: %s',
    422,
    2,
  ),
  ARC_ERR_FORECAST_NO_HISTORY: define(
    'ARC_ERR_FORECAST_NO_HISTORY',
    'No completed phase %s in any project: nothing to forecast from',
    'Ingen avslutad fas %s i något projekt: inget att basera prognosen på',
    422,
    2,
  ),
  ARC_ERR_INVENTORY_SYSTEM_UNKNOWN: define(
    'ARC_ERR_INVENTORY_SYSTEM_UNKNOWN',
    'No system named %s in the inventory',
    'Inget system med namnet %s i systeminventeringen',
    404,
    2,
  ),
  ARC_ERR_TEMPLATE_INVALID: define(
    'ARC_ERR_TEMPLATE_INVALID',
    'Invalid template %s: %s',
    'Ogiltig mall %s: %s',
    422,
    2,
  ),
  ARC_ERR_PDF_RENDER_FAILED: define(
    'ARC_ERR_PDF_RENDER_FAILED',
    'Could not render the PDF: %s',
    'Kunde inte skapa PDF: %s',
    500,
    2,
  ),
} as const;
