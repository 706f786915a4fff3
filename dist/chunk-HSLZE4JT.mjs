import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  WORKER_MIN_CORES,
  WORKER_MIN_FILES,
  checkOnWorkers,
  workerCount,
  workerEntry
} from "./chunk-SLU7GC7S.mjs";
import "./chunk-WOBN4ZXA.mjs";
import "./chunk-HR4UGP2H.mjs";
import "./chunk-5RYNRD5P.mjs";
export {
  WORKER_MIN_CORES,
  WORKER_MIN_FILES,
  checkOnWorkers,
  workerCount,
  workerEntry
};
