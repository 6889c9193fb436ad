/** Wires the adapters the CLI uses into the services' dependency objects (the composition root). */
import { openPackageSource } from '../adapters/package/open-package-source.ts';
import { shippedSchemaValidator } from '../adapters/xml/shipped-schema-validator.ts';
import type { ValidatePackageDeps } from '../services/validate-package.ts';
import { VERSION } from './version.ts';

export function createDeps(): ValidatePackageDeps {
  return { openSource: openPackageSource, schemaValidator: shippedSchemaValidator, version: VERSION };
}
