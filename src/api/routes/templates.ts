/** The consortium's checklist template (kontrollpunktsmall): read the current version, store a new one. */
import { z } from 'zod';
import {
  currentTemplate,
  saveTemplate,
  templateById,
  templateVersions,
  type StoredTemplate,
} from '../../services/server/checklist.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const itemSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/),
  sv: z.string().min(1).max(300),
  en: z.string().min(1).max(300),
  mode: z.enum(['A', 'M', 'A+M']),
  evidence: z.string().max(300),
  requirements: z.array(z.string().min(1).max(60)).max(100).optional(),
});

const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  items: z.array(itemSchema),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

const tags = ['delivery control'];

/** The stored template with plain (mutable) arrays, as the response schema types them. */
function templateView(t: StoredTemplate): z.infer<typeof templateSchema> {
  return {
    ...t,
    items: t.items.map(({ requirements, ...rest }) => ({
      ...rest,
      ...(requirements ? { requirements: [...requirements] } : {}),
    })),
  };
}

export async function templateRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/checklist-template',
    {
      schema: {
        tags,
        summary: 'The current checklist template (new submissions are controlled with it)',
        response: { 200: templateSchema },
      },
    },
    async (request) => {
      principalOf(request);
      return templateView(await currentTemplate(deps.ctx));
    },
  );

  app.put(
    '/checklist-template',
    {
      schema: {
        tags,
        summary: 'Store a new version of the checklist template (template:write)',
        body: z.object({ name: z.string().min(1).max(200), items: z.array(itemSchema).min(1).max(200) }),
        response: { 200: templateSchema },
      },
    },
    async (request) => templateView(await saveTemplate(deps.ctx, principalOf(request), request.body)),
  );

  app.get(
    '/checklist-template/versions',
    {
      schema: {
        tags,
        summary: 'Every version of the checklist template, newest first',
        response: { 200: z.array(templateSchema.omit({ items: true })) },
      },
    },
    async (request) => {
      principalOf(request);
      return templateVersions(deps.ctx);
    },
  );

  app.get(
    '/checklist-templates/:id',
    {
      schema: {
        tags,
        summary: 'One version of the checklist template (a submission names its templateId)',
        params: z.object({ id: z.string() }),
        response: { 200: templateSchema },
      },
    },
    async (request) => {
      principalOf(request);
      return templateView(await templateById(deps.ctx, request.params.id));
    },
  );
}
