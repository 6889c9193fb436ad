/** argon2id through @node-rs/argon2 (prebuilt binaries inside the npm package; no download). */
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../ports/password-hasher.ts';

// OWASP's argon2id minimum (19 MiB, 2 passes); a cost factor the tests can lower.
export function argon2PasswordHasher(
  options: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  const params = { memoryCost: options.memoryCost ?? 19456, timeCost: options.timeCost ?? 2, parallelism: 1 };
  return {
    hash: (password) => hash(password, params),
    verify: async (h, password) => {
      try {
        return await verify(h, password);
      } catch {
        return false;
      }
    },
  };
}
