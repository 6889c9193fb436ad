/**
 * The consortium feature (issue 5): inventory, economy, plan, forecasts and the yearly report over
 * the archive's own database. The procurement template is read once; the PDF renderer (headless
 * Chromium) starts on the first yearly report as PDF.
 */
import { loadRequirementsTemplate } from '../../adapters/consortium/requirements-template-file.ts';
import { ChromiumPdfRenderer } from '../../adapters/pdf/chromium-pdf.ts';
import { consortiumEconomyRoutes } from '../../api/routes/consortium-economy.ts';
import { consortiumForecastRoutes } from '../../api/routes/consortium-forecast.ts';
import { consortiumInventoryRoutes } from '../../api/routes/consortium-inventory.ts';
import { consortiumPlanRoutes } from '../../api/routes/consortium-plan.ts';
import { consortiumYearlyReportRoutes } from '../../api/routes/consortium-yearly-report.ts';
import type { RequirementsTemplate } from '../../core/consortium/requirements.ts';
import type { PdfRenderer } from '../../ports/pdf-renderer.ts';
import type { Feature } from '../features.ts';

export function consortiumFeature(): Feature {
  let renderer: PdfRenderer | null = null;
  const pdf = (): PdfRenderer => (renderer ??= new ChromiumPdfRenderer());
  let template: Promise<RequirementsTemplate> | null = null;
  const requirements = (): Promise<RequirementsTemplate> => {
    template ??= loadRequirementsTemplate().catch((e: unknown) => {
      template = null;
      throw e;
    });
    return template;
  };
  return {
    api: {
      name: 'consortium',
      async register(app, deps) {
        await consortiumInventoryRoutes(app, deps, requirements);
        await consortiumEconomyRoutes(app, deps);
        await consortiumPlanRoutes(app, deps);
        await consortiumForecastRoutes(app, deps);
        await consortiumYearlyReportRoutes(app, deps, pdf);
      },
    },
    async close() {
      await renderer?.close();
    },
  };
}
