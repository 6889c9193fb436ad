/**
 * The producer's description file for `samarkiv sip create` (leveransbeskrivning), YAML or JSON.
 * Every field is documented in docs/description-file.md; examples/delivery.yaml is a full example.
 * Unknown keys are refused so a misspelt field never disappears silently.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ArchiveError } from '../errors.ts';
import {
  CONTENT_CATEGORIES,
  CONTENT_INFORMATION_TYPES,
  RECORD_STATUSES,
  type ContentCategory,
} from './writer/vocabularies.ts';

/**
 * Swedish organisationsnummer: 10 digits, written `NNNNNN-NNNN` or without the hyphen, whose last
 * digit is the Luhn (mod 10) check digit of the first nine. Returns the 10 digits, or null.
 */
export function normaliseOrganisationNumber(input: string): string | null {
  const m = /^(\d{6})-?(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const digits = `${m[1]}${m[2]}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9]) ? digits : null;
}

const text = z.string().trim().min(1, 'must not be empty');

/** The finding aid formats `descriptiveMetadata` chooses between. */
export const DESCRIPTIVE_METADATA_FORMATS = ['ead2002', 'ead3'] as const;

const organisationNumber = z.string().transform((s, ctx) => {
  const n = normaliseOrganisationNumber(s);
  if (n === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${s}" is not a valid Swedish organisation number (10 digits, NNNNNN-NNNN, with a correct check digit)`,
    });
    return z.NEVER;
  }
  return n;
});

const organisation = z.strictObject({ name: text, organisationNumber });

// Dashes vary between vocabulary terms ("Textual works – Digital", "Musical Scores - Print");
// accept either dash and map to the exact vocabulary term.
const dashless = (s: string): string => s.replace(/[–—-]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const CATEGORY_BY_KEY = new Map<string, ContentCategory>(CONTENT_CATEGORIES.map((c) => [dashless(c), c]));

const contentCategory = z.string().transform((s, ctx) => {
  const term = CATEGORY_BY_KEY.get(dashless(s));
  if (!term) {
    ctx.addIssue({
      code: 'custom',
      message: `"${s}" is not a content category of the CSIP vocabulary (e.g. "Textual works – Digital", "Databases", "Mixed", "Other")`,
    });
    return z.NEVER;
  }
  return term;
});

// ISO 8601 calendar date, year-month or year (EAD unitdate/@normal accepts all three).
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine(
    (s) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s),
    'must be a date YYYY-MM-DD (or YYYY-MM, YYYY)',
  );

export const descriptionSchema = z
  .strictObject({
    /** Paketets titel / package title (mets/@LABEL, EAD unittitle). */
    title: text,
    /** Fritext om innehållet / scope and content (EAD scopecontent). */
    description: text.optional(),
    /** Paket-ID / OBJID; default urn:uuid:<random>. */
    objid: text.optional(),
    archivalCreator: organisation,
    submitter: organisation,
    contact: z
      .strictObject({ name: text, email: z.email().optional(), phone: text.optional() })
      .refine((c) => c.email !== undefined || c.phone !== undefined, 'give an email or a phone number')
      .optional(),
    preservationOrganisation: organisation.optional(),
    sourceSystem: z.strictObject({ name: text, version: z.union([text, z.number().transform(String)]) }),
    submissionAgreement: text,
    previousSubmissionAgreements: z.array(text).optional(),
    referenceCode: text.optional(),
    previousReferenceCodes: z.array(text).optional(),
    dates: z.strictObject({ start: isoDate, end: isoDate }).refine((d) => d.start.localeCompare(d.end) <= 0, {
      message: 'start must not be after end',
      path: ['end'],
    }),
    contentCategory,
    otherContentCategory: text.optional(),
    contentInformationType: z.enum(CONTENT_INFORMATION_TYPES).default('OTHER'),
    otherContentInformationType: text.optional(),
    secrecy: z
      .strictObject({ applies: z.boolean(), legalReference: text.optional(), note: text.optional() })
      .refine((s) => !s.applies || s.legalReference !== undefined, {
        message: 'legalReference is required when secrecy applies (e.g. "OSL 26 kap. 1 §")',
        path: ['legalReference'],
      })
      .default({ applies: false }),
    disposal: z
      .strictObject({ applied: z.boolean(), decisionReference: text.optional(), note: text.optional() })
      .refine((d) => !d.applied || d.decisionReference !== undefined, {
        message: 'decisionReference is required when disposal (gallring) was applied',
        path: ['decisionReference'],
      })
      .default({ applied: false }),
    representation: z
      .string()
      .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'letters, digits, . _ - only (e.g. rep1)')
      .default('rep1'),
    /** ISO 639-2/B language code of the material, e.g. swe. */
    language: z
      .string()
      .regex(/^[a-z]{3}$/, 'an ISO 639-2 code such as swe')
      .default('swe'),
    recordStatus: z.enum(RECORD_STATUSES).default('NEW'),
    /** Beskrivande metadata / the generated finding aid: EAD 2002 (default) or EAD3. */
    descriptiveMetadata: z.enum(DESCRIPTIVE_METADATA_FORMATS).default('ead2002'),
    /** Documentation files (systemdokumentation), paths relative to the description file. */
    documentation: z.array(text).optional(),
  })
  .refine((d) => d.otherContentCategory === undefined || d.contentCategory === 'Other', {
    message: 'only allowed when contentCategory is Other',
    path: ['otherContentCategory'],
  })
  .refine((d) => d.otherContentInformationType === undefined || d.contentInformationType === 'OTHER', {
    message: 'only allowed when contentInformationType is OTHER',
    path: ['otherContentInformationType'],
  });

export type Description = z.output<typeof descriptionSchema>;

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(root)'
    : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
}

/** Validates parsed data; throws ARC_ERR_SIP_DESCRIPTION_INVALID listing every failing field. */
export function validateDescription(data: unknown): Description {
  const r = descriptionSchema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`);
  throw new ArchiveError('ARC_ERR_SIP_DESCRIPTION_INVALID', [lines.join('; ')]);
}

/** Parses a description file's text (JSON when the name ends in .json, YAML otherwise) and validates it. */
export function parseDescription(source: string, fileName: string): Description {
  let data: unknown;
  try {
    data = fileName.toLowerCase().endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ArchiveError('ARC_ERR_SIP_DESCRIPTION_INVALID', [`${fileName}: ${message}`], { cause: e });
  }
  return validateDescription(data);
}
