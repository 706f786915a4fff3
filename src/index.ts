// The GitHub Action entry (action.yml -> dist/index.js).
import { runAction } from './action/main.js';

process.exitCode = await runAction();
