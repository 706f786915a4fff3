#!/usr/bin/env node
// `npm run fuzz -- --seed S --runs N [--only dockerfile|compose|workflow|policy|tar] [--path P]`: the
// property-based fuzzers of __tests__/hardening/ with more cases than `npm test` runs. The TypeScript
// sources are loaded through tsx; see __tests__/hardening/fuzz/cli.ts for the options.
import { register } from 'tsx/esm/api';

register();
await import('../__tests__/hardening/fuzz/cli.ts');
