import { defineRule } from '../define.js';
import type { RuntimeSpec, Setting } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, numberOption, written } from '../../knowledge/runtime-util.js';

const DEFAULT_CFS_PERIOD = 100_000;

export default defineRule({
  id: 'runtime/cpu-limit',
  aliases: ['CKV_K8S_11', 'unset-cpu-requirements'],
  severity: 'warning',
  summary: 'The container has no CPU limit, or one above the allowed maximum',
  options: {
    max: {
      type: ['number', 'null'],
      description: 'Largest number of CPUs allowed (`--cpus`, or quota / period); null for no maximum.',
      default: null,
    },
  },
  check(spec: RuntimeSpec, options: { max: number | null }, report) {
    const example = howToWrite(spec, '--cpus 1', 'cpus: 1', 'resources.limits.cpu: 500m');
    const limits = [spec.cpus, spec.cpuQuota, spec.cpusetCpus].filter(
      (s): s is Setting<never> => s !== undefined,
    );
    if (limits.length === 0) {
      // Kubernetes ephemeral (debug) containers cannot have resources.
      if (spec.incomplete || spec.source.containerType === 'ephemeral') return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no CPU limit, so it can starve every other process on the host of CPU time; set one with ${example}.`,
      });
      return;
    }
    for (const s of [spec.cpus, spec.cpuQuota]) {
      if (s?.invalid)
        report({ range: s.range, message: `The CPU limit ${written(s)} cannot be read: ${s.invalid}.` });
    }
    const hasCpuset =
      spec.cpusetCpus !== undefined &&
      (spec.cpusetCpus.opaque || (spec.cpusetCpus.value ?? '').trim() !== '');
    const cpus = spec.cpus?.value;
    const quota = spec.cpuQuota?.value;
    const period =
      spec.cpuPeriod?.value && spec.cpuPeriod.value > 0 ? spec.cpuPeriod.value : DEFAULT_CFS_PERIOD;
    const effective =
      cpus !== undefined && cpus > 0 ? cpus : quota !== undefined && quota > 0 ? quota / period : undefined;
    const anyOpaque = limits.some((s) => s.opaque);
    if (effective === undefined && !hasCpuset && !anyOpaque) {
      const zero = [spec.cpus, spec.cpuQuota].find((s) => s && s.value !== undefined);
      if (zero) {
        report({
          range: zero.range,
          message: `${written(zero)} means no CPU limit, so the container can starve every other process on the host of CPU time; set a real limit with ${example}.`,
        });
      }
      return;
    }
    const max = numberOption(options.max);
    if (max !== undefined && effective !== undefined && effective > max) {
      const s = cpus !== undefined && cpus > 0 ? spec.cpus! : spec.cpuQuota!;
      report({
        range: s.range,
        message: `The CPU limit ${written(s)} (${Number(effective.toFixed(3))} CPUs) is above the policy's maximum of ${max}; lower it to ${max} or less.`,
      });
    }
  },
});
