#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step between a checkout and a run.
// libxml2-wasm is imported before tsx is registered: loaded through tsx, its 1 MB wasm glue gets a
// source map that costs about 160 MB of memory (measured; docs/adr/0002).
import 'libxml2-wasm';
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
