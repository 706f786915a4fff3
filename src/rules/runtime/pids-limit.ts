import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, numberOption, written } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/pids-limit',
  severity: 'warning',
  summary: 'The container has no limit on its number of processes',
  options: {
    max: {
      type: ['integer', 'null'],
      description: 'Largest process limit allowed; null for no maximum.',
      default: null,
    },
  },
  check(spec: RuntimeSpec, options: { max: number | null }, report) {
    const p = spec.pidsLimit;
    const example = howToWrite(spec, '--pids-limit 512', 'pids_limit: 512');
    if (!p) {
      // podman applies containers.conf's pids_limit (2048) when none is given; Kubernetes has no
      // per-container limit to write (the kubelet's podPidsLimit is a node setting).
      if (spec.incomplete || spec.engine === 'podman' || spec.engine === 'kubernetes') return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no process limit, so a fork bomb or a leak in it can exhaust the host's process table; set one with ${example}.`,
      });
      return;
    }
    if (p.opaque) return;
    if (p.invalid) {
      report({ range: p.range, message: `The process limit ${written(p)} cannot be read: ${p.invalid}.` });
      return;
    }
    if (p.value! <= 0) {
      report({
        range: p.range,
        message: `${written(p)} means no process limit, so a fork bomb in the container can exhaust the host's process table; set a real limit with ${example}.`,
      });
      return;
    }
    const max = numberOption(options.max);
    if (max !== undefined && p.value! > max) {
      report({
        range: p.range,
        message: `The process limit ${written(p)} is above the policy's maximum of ${max}; lower it to ${max} or less.`,
      });
    }
  },
});
