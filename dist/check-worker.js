import('./check-worker.mjs');
