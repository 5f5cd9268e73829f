// The rebuild worker run from source (the host and CLI under tsx, Vitest): Node cannot load
// TypeScript in a worker by itself, so tsx is registered first. The built app runs the bundled
// out/main/search-rebuild-worker.js instead (see rebuild-in-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./rebuild-worker.ts');
