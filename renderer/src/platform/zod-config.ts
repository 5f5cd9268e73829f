import { z } from 'zod';

// Imported first by main.tsx, before any schema is built: zod's speed-up compiles parsers with
// `new Function`, and merely probing for it is a CSP violation under the app's strict policy
// (no 'unsafe-eval'). The zero-network e2e counts violations, so this one would show.
z.config({ jitless: true });
