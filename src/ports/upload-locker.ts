/**
 * Locks on resumable uploads: one request writes an upload at a time. The tus adapter takes any
 * implementation (tus's own in-memory locker when none is given); the server passes one that
 * holds across processes (services/server/upload-locks.ts).
 */
export type RequestRelease = () => Promise<void> | void;

export interface UploadLock {
  /** Waits for the lock; asks its current holder to release it (`requestRelease` is ours, for others to call). */
  lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void>;
  unlock(): Promise<void>;
}

export interface UploadLocker {
  newLock(id: string): UploadLock;
}

/** Thrown by `lock` when the lock was not acquired in time (the adapter answers as tus does). */
export class UploadLockTimeoutError extends Error {
  constructor(id: string) {
    super(`upload ${id}: lock not acquired in time`);
    this.name = 'UploadLockTimeoutError';
  }
}
