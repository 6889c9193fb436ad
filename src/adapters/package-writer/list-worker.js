// Worker thread of listFolderInWorker (list-folder.ts): walks one folder while the main thread is
// busy, e.g. parsing a 160 MB ERMS file of the same export (docs/adr/0014).
import { parentPort, workerData } from 'node:worker_threads';
import { WalkRefusal, walkFolder } from './walk-folder.js';

try {
  parentPort.postMessage({ walked: walkFolder(workerData.root) });
} catch (e) {
  const refusal = e instanceof WalkRefusal ? { kind: e.kind, path: e.path } : undefined;
  parentPort.postMessage({
    failed: { refusal, code: e?.code, syscall: e?.syscall, message: String(e?.message) },
  });
}
