import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  WORKER_MIN_CORES,
  WORKER_MIN_FILES,
  checkOnWorkers,
  workerCount,
  workerEntry
} from "./chunk-3LCV5NUK.js";
import "./chunk-FWAQ3EFQ.js";
import "./chunk-D2KG54VX.js";
import "./chunk-FJVHEQQZ.js";
import "./chunk-LAZJ3NYX.js";
import "./chunk-2TR3644I.js";
import "./chunk-YJ6SUC6Q.js";
export {
  WORKER_MIN_CORES,
  WORKER_MIN_FILES,
  checkOnWorkers,
  workerCount,
  workerEntry
};
