import('./index.mjs');
