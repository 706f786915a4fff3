import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import {
  describe,
  formatBytes,
  howToWrite,
  isDockerLike,
  missingRange,
  sizeOption,
  written,
} from '../../knowledge/runtime-util.js';

/** Docker refuses a memory limit below 6 MiB. */
const DOCKER_MINIMUM = 6 * 1024 * 1024;
/** Below 1 MiB a Kubernetes memory limit is a unit mistake (`128m` is 0.128 bytes), not a choice. */
const KUBERNETES_SANE_MINIMUM = 1024 * 1024;

export default defineRule({
  id: 'runtime/memory-limit',
  aliases: ['CKV_K8S_13', 'unset-memory-requirements'],
  severity: 'warning',
  summary: 'The container has no memory (cgroup) limit, or one above the allowed maximum',
  options: {
    require: {
      type: 'string',
      enum: ['services', 'unless-task', 'always'],
      description:
        'Which containers must have a limit: `services` (kept running: `docker run -d`, `--restart`, compose ' +
        '`restart:`/`deploy:`, Kubernetes workloads), `unless-task` (all but one-shot runs: `docker run --rm` in ' +
        'the foreground, GitHub workflow containers, Kubernetes Jobs), or `always`.',
      default: 'services',
    },
    max: {
      type: ['string', 'number', 'null'],
      description: 'Largest memory limit allowed (`2g`, `512m`, or bytes); null for no maximum.',
      default: null,
    },
  },
  check(
    spec: RuntimeSpec,
    options: { max: string | number | null; require?: 'services' | 'unless-task' | 'always' },
    report,
  ) {
    const m = spec.memory;
    const example = howToWrite(spec, '--memory 512m', 'mem_limit: 512m', 'resources.limits.memory: 512Mi');
    if (!m) {
      // Kubernetes ephemeral (debug) containers cannot have resources.
      if (spec.incomplete || spec.source.containerType === 'ephemeral') return;
      const require = options.require ?? 'services';
      if (require === 'services' && spec.lifetime !== 'service') return;
      if (require === 'unless-task' && spec.lifetime === 'task') return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no memory limit, so it can use all of the host's memory and get other processes OOM-killed; set one with ${example}.`,
      });
      return;
    }
    if (m.opaque) return;
    if (m.invalid) {
      report({ range: m.range, message: `The memory limit ${written(m)} cannot be read: ${m.invalid}.` });
      return;
    }
    const bytes = m.value!;
    if (bytes <= 0) {
      report({
        range: m.range,
        message: `${written(m)} means no memory limit, so the container can use all of the host's memory; set a real limit with ${example}.`,
      });
      return;
    }
    if (spec.engine === 'kubernetes' && bytes < KUBERNETES_SANE_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is ${bytes < 1 ? 'less than one byte' : `${Math.round(bytes)} bytes`}, which no container can run in (in Kubernetes quantities m means thousandths and M means 10^6); write Mi or Gi, e.g. 512Mi.`,
      });
      return;
    }
    if (isDockerLike(spec) && spec.source.syntax !== 'inspect' && bytes < DOCKER_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is below Docker's minimum of 6m, so the container will not start; use at least 6m.`,
      });
    }
    const max = sizeOption(options.max);
    if (max !== undefined && bytes > max) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)}${formatBytes(bytes) === m.raw.trim() ? '' : ` (${formatBytes(bytes)})`} is above the policy's maximum of ${formatBytes(max)}; lower it to ${formatBytes(max)} or less.`,
      });
    }
  },
});
