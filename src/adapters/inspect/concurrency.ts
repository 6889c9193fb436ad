/**
 * A counting semaphore: inspectors start child processes (a JVM takes hundreds of megabytes), so
 * the number running at once is bounded however many files the caller hands over concurrently.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError(`concurrency must be a positive integer: ${max}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so the count never drops in between.
      if (next) next();
      else this.running--;
    }
  }
}
