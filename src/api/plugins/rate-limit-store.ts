/**
 * A store for @fastify/rate-limit over the shared RateLimitCounter, so that a limit holds across
 * every server process (the plugin's own store counts in memory, per process). Keys are prefixed
 * with the route, as the plugin's Redis store does. `continueExceeding` and `exponentialBackoff`
 * are not supported (no route uses them).
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateLimitCounter, RateLimitState } from '../../services/server/rate-limits.ts';

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What the plugin passes to child(): the route's merged limit settings, the route under routeInfo. */
interface ChildSettings {
  readonly routeInfo?: { readonly method?: string | string[]; readonly url?: string };
}

/** The plugin's callback style over the counter's promises. */
function answer(state: Promise<RateLimitState>, done: Done): void {
  state.then(
    (s) => done(null, { current: s.hits, ttl: s.ttlMs }),
    (e: unknown) => done(e instanceof Error ? e : new Error(String(e))),
  );
}

export function sharedRateLimitStore(counter: RateLimitCounter): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    /** The plugin constructs its store with its settings; a route's child is given its prefix. */
    private readonly prefix: string;

    constructor(prefixOrSettings?: unknown) {
      this.prefix = typeof prefixOrSettings === 'string' ? prefixOrSettings : '';
    }

    incr(key: string, done: Done, timeWindow: number): void {
      answer(counter.hit(this.prefix + key, timeWindow), done);
    }

    read(key: string, done: Done, timeWindow: number): void {
      answer(counter.peek(this.prefix + key, timeWindow), done);
    }

    // Typed by the plugin as the route's options; at run time they sit under `routeInfo`.
    child(settings: Parameters<FastifyRateLimitStore['child']>[0]): SharedRateLimitStore {
      const info = (settings as ChildSettings).routeInfo ?? {};
      return new SharedRateLimitStore(`${this.prefix}${String(info.method ?? '')} ${info.url ?? ''} `);
    }
  };
}
