// Child process of the validate benchmark, started like bin/samarkiv.js (libxml2-wasm before tsx)
// so that the memory measured is the CLI's.
import 'libxml2-wasm';
import { register } from 'tsx/esm/api';

register();
await import('./validate-child.ts');
