/**
 * Rate-limit counting that every server process shares through the database (login attempts per
 * client address): with several HTTP processes an in-memory count would let a client try once per
 * process (docs/adr/0015).
 */
import {
  countHit,
  readWindow,
  removeWindowsBefore,
  type RateLimitWindow,
} from '../../repositories/rate-limits.ts';
import type { ServiceContext } from './context.ts';

export interface RateLimitState {
  /** Hits in the current window, this one included. */
  readonly hits: number;
  /** Milliseconds until the window ends. */
  readonly ttlMs: number;
}

export interface RateLimitCounter {
  hit(key: string, windowMs: number): Promise<RateLimitState>;
  peek(key: string, windowMs: number): Promise<RateLimitState>;
}

/** Windows this old are gone for every route (the longest window in use is a minute). */
const KEEP_MS = 3_600_000;

const stateAt = (w: RateLimitWindow, windowMs: number, nowMs: number): RateLimitState => ({
  hits: w.hits,
  ttlMs: Math.max(0, w.windowStartMs + windowMs - nowMs),
});

export function createRateLimitCounter(ctx: ServiceContext): RateLimitCounter {
  const now = (): number => ctx.clock.now().getTime();
  let purgedAt = 0;
  return {
    async hit(key, windowMs) {
      const t = now();
      // Old windows go at most once a minute per process; a stale row is reset by its next hit anyway.
      if (t - purgedAt > 60_000) {
        purgedAt = t;
        await removeWindowsBefore(ctx.db, t - KEEP_MS);
      }
      return stateAt(await countHit(ctx.db, key, t, windowMs), windowMs, t);
    },
    async peek(key, windowMs) {
      const t = now();
      const w = await readWindow(ctx.db, key, t, windowMs);
      return w ? stateAt(w, windowMs, t) : { hits: 0, ttlMs: 0 };
    },
  };
}
