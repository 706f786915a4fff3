#!/usr/bin/env node
// The command line run from the sources (`tsx src/cli.ts`). The bundle starts the same code through
// src/cli/launcher.ts, which keeps V8's compiled code between runs.
import { tuneHeap } from './cli/heap.js';
import { runProcess } from './cli/process-io.js';

tuneHeap();
process.exitCode = await runProcess();
