/**
 * Resumable uploads with the tus 1.0 protocol (@tus/server and its file store). Every upload lives
 * in its own quarantine folder: `<root>/<id>/package` (the bytes) and `<root>/<id>/package.json`
 * (tus's own record). Its URL is `<path>/<id>`, where the id is a UUID the server chose — nothing a
 * client sends names a file on disk. An interrupted upload continues from the offset a HEAD
 * request reports.
 *
 * The policy (who may upload where, what happens on completion) comes in as hooks; a hook that
 * throws an ArchiveError answers with its status and the usual `{code, message, message_sv}` body.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { ERRORS, Server, type Upload } from '@tus/server';
import { UploadLockTimeoutError, type UploadLocker } from '../../ports/upload-locker.ts';

/** The file of every upload inside its folder. */
export const UPLOAD_FILE = 'package';

export interface UploadInfo {
  /** The upload's id: also the name of its quarantine folder. */
  readonly id: string;
  readonly size: number | undefined;
  readonly offset: number;
  readonly metadata: Readonly<Record<string, string | null>>;
  readonly createdAt: string | null;
  /** The uploaded bytes on disk. */
  readonly path: string;
}

export interface UploadHooks {
  /** Before an upload is created; throws to refuse. Returns metadata to store with it (merged). */
  onCreate(request: IncomingMessage, upload: UploadInfo): Promise<Record<string, string> | void>;
  /** Before a HEAD, PATCH or DELETE of an existing upload; throws to refuse. */
  onAccess(request: IncomingMessage, upload: UploadInfo): Promise<void>;
  /** After the last byte was written; returns extra response headers. May run twice for one upload. */
  onFinish(request: IncomingMessage, upload: UploadInfo): Promise<Record<string, string> | void>;
  /** Maps a refusal to an error body (status, JSON text). */
  errorBody(error: unknown): { status: number; body: string } | undefined;
}

export interface TusUploadServer {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** The quarantine folder of an upload. */
  folderOf(id: string): string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The Node request behind srvx's web Request, which @tus/server hands to its hooks. */
function nodeRequest(req: { runtime?: { node?: { req: unknown } } }): IncomingMessage {
  const raw = req.runtime?.node?.req;
  if (!raw) throw new Error('tus hook without the Node request');
  return raw as IncomingMessage;
}

/** A samarkiv locker as tus's: a lock that was not acquired in time answers as tus's own does. */
function tusLocker(locker: UploadLocker): UploadLocker {
  return {
    newLock(id) {
      const lock = locker.newLock(id);
      return {
        async lock(signal, requestRelease) {
          try {
            await lock.lock(signal, requestRelease);
          } catch (e) {
            throw e instanceof UploadLockTimeoutError ? ERRORS.ERR_LOCK_TIMEOUT : e;
          }
        },
        unlock: () => lock.unlock(),
      };
    },
  };
}

export function createTusUploadServer(options: {
  /** The quarantine root. */
  readonly directory: string;
  /** The URL path the routes are mounted at, e.g. /api/uploads. */
  readonly path: string;
  readonly hooks: UploadHooks;
  readonly maxSize?: number;
  /** Locks shared by several server processes; tus's in-memory locker when absent. */
  readonly locker?: UploadLocker;
}): TusUploadServer {
  const { directory, hooks } = options;
  mkdirSync(directory, { recursive: true });
  const storeId = (id: string): string => `${id}/${UPLOAD_FILE}`;
  const idOf = (stored: string): string => stored.split('/')[0] ?? stored;
  const store = new FileStore({ directory });
  const info = (upload: Upload): UploadInfo => ({
    id: idOf(upload.id),
    size: upload.size,
    offset: upload.offset,
    metadata: upload.metadata ?? {},
    createdAt: upload.creation_date ?? null,
    path: join(directory, upload.id),
  });

  const tus = new Server({
    path: options.path,
    datastore: store,
    ...(options.locker ? { locker: tusLocker(options.locker) } : {}),
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    ...(options.maxSize ? { maxSize: options.maxSize } : {}),
    namingFunction: () => storeId(randomUUID()),
    generateUrl: (_req, { path, id }) => `${path}/${idOf(id)}`,
    // Only a UUID the server issued is ever turned into a path.
    getFileIdFromRequest: (_req, last) => (last && UUID.test(last) ? storeId(last) : undefined),
    onIncomingRequest: async (req, id) => {
      if (req.method === 'POST' || req.method === 'OPTIONS') return;
      const upload = await store.getUpload(id);
      await hooks.onAccess(nodeRequest(req), info(upload));
    },
    onUploadCreate: async (req, upload) => {
      const extra = await hooks.onCreate(nodeRequest(req), info(upload));
      return extra ? { metadata: { ...upload.metadata, ...extra } } : {};
    },
    onUploadFinish: async (req, upload) => {
      const headers = await hooks.onFinish(nodeRequest(req), info(upload));
      return headers ? { headers } : {};
    },
    onResponseError: (_req, error) => {
      const mapped = hooks.errorBody(error);
      return mapped ? { status_code: mapped.status, body: mapped.body } : undefined;
    },
  });

  return {
    handle: (request, response) => tus.handle(request, response),
    folderOf: (id) => join(directory, id),
  };
}
