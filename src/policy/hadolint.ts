/**
 * hadolint migration: turns a `.hadolint.yaml` into layerguard policy data. Rule codes map through the
 * rules' `aliases`; `ignored` -> off, `override.{error,warning,info,style}` -> severities (style is
 * info), `trustedRegistries` -> the options of the rule that matches DL3026, `label-schema` -> the rule
 * that matches DL3049, `strict-labels` -> the rule that matches DL3050, `failure-threshold` and
 * `no-fail` -> failOn, `disable-ignore-pragma` -> suppressions.inline: false. Output settings
 * (format, no-color, verbose) have no policy meaning and are left out.
 */
import type { SeverityOrOff } from '../engine/types.js';
import type { Rule } from '../rules/define.js';
import type { PolicyProblem } from './types.js';
import { readYaml } from './yaml.js';
import type { PathSegment } from './yaml.js';
import type { PolicyData } from './layer.js';

export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml', 'hadolint.yaml', 'hadolint.yml'];

const OUTPUT_KEYS = new Set(['format', 'no-color', 'verbose', 'color']);
const KNOWN_KEYS = new Set([
  'ignored',
  'override',
  'trustedRegistries',
  'label-schema',
  'strict-labels',
  'failure-threshold',
  'no-fail',
  'disable-ignore-pragma',
  ...OUTPUT_KEYS,
]);
const THRESHOLD: Record<string, 'error' | 'warning' | 'info' | 'none'> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'info',
  ignore: 'none',
  none: 'none',
};
/** hadolint label types and the code of the rule that checks each. */
const LABEL_TYPES: Record<string, string> = {
  url: 'DL3052',
  rfc3339: 'DL3053',
  spdx: 'DL3054',
  hash: 'DL3055',
  semver: 'DL3056',
  email: 'DL3058',
};
const OVERRIDE_SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'info',
};

export interface HadolintConversion {
  data: PolicyData;
  /** Where each policy path came from in the hadolint file: JSON of the path -> line/column. */
  origins: Map<string, { line: number; column: number; note: string }>;
  /** Things that could not be carried over. */
  notices: string[];
}

/** Rules whose aliases include `code` (case-insensitive). */
export function rulesForAlias(rules: Iterable<Rule>, code: string): Rule[] {
  const c = code.toLowerCase();
  return [...rules].filter((r) => r.aliases.some((a) => a.toLowerCase() === c));
}

function optionNamed(rule: Rule, names: string[], types: string[]): string | undefined {
  for (const n of names) {
    const schema = rule.options?.[n];
    if (!schema) continue;
    const t = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (t.some((x) => types.includes(String(x)))) return n;
  }
  return undefined;
}

export function convertHadolint(
  text: string,
  display: string,
  registry: ReadonlyMap<string, Rule>,
  problems: PolicyProblem[],
): HadolintConversion {
  const found: PolicyProblem[] = [];
  const conv = convertInto(text, display, registry, found);
  problems.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  return conv;
}

function convertInto(
  text: string,
  display: string,
  registry: ReadonlyMap<string, Rule>,
  problems: PolicyProblem[],
): HadolintConversion {
  const rules = [...registry.values()];
  const src = readYaml(text, display, problems);
  const data: PolicyData = { extends: [] };
  const origins: HadolintConversion['origins'] = new Map();
  const notices: string[] = [];
  const conv: HadolintConversion = { data, origins, notices };
  if (src.data === undefined) return conv;
  const raw = (src.data ?? {}) as Record<string, unknown>;
  const bad = (path: PathSegment[], message: string) =>
    problems.push({ message, file: display, ...src.locate(path) });
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    bad(
      [],
      'a hadolint configuration is a mapping with keys such as ignored, override and trustedRegistries',
    );
    return conv;
  }
  // The hadolint file replaces no layerguard layer: it builds on whatever policy is in effect, so
  // `extends` is left out here and added by `init` for a standalone file.
  delete data.extends;
  const where = (path: PathSegment[]) => {
    const p = src.locate(path);
    return `${display}:${p.line}`;
  };
  const setOrigin = (policyPath: PathSegment[], hadolintPath: PathSegment[], note: string) => {
    origins.set(JSON.stringify(policyPath), { ...src.locate(hadolintPath), note });
  };
  const ruleSettings: Record<string, unknown> = {};
  const setSeverity = (code: string, severity: string, from: PathSegment[], note: string) => {
    const sc = /^SC(\d{4})$/i.exec(code);
    if (sc) {
      // hadolint passes its ShellCheck settings on to ShellCheck; layerguard runs ShellCheck on RUN
      // scripts too (dockerfile/shellcheck) and reads `shellcheck/SCnnnn` settings per code.
      const id = `shellcheck/SC${sc[1]}`;
      ruleSettings[id] = severity;
      setOrigin(['rules', id], from, note);
      return;
    }
    const matched = rulesForAlias(rules, code);
    if (matched.length === 0) {
      notices.push(`${code} (${where(from)}) has no layerguard rule with that alias; nothing to carry over`);
      return;
    }
    for (const rule of matched) {
      const prev = ruleSettings[rule.id];
      ruleSettings[rule.id] = prev && typeof prev === 'object' ? { ...prev, severity } : severity;
      setOrigin(['rules', rule.id], from, note);
    }
  };
  const stringList = (key: string, value: unknown, path: PathSegment[]): string[] => {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      bad(
        path,
        `${key} must be a list of strings (got ${Array.isArray(value) ? 'a list with other values' : typeof value})`,
      );
      return [];
    }
    return value as string[];
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key))
      notices.push(`the hadolint key "${key}" (${where([key])}) is not known; it was left out`);
  }
  const override = raw.override;
  if (override !== undefined && override !== null) {
    if (typeof override !== 'object' || Array.isArray(override)) {
      bad(
        ['override'],
        'override must be a mapping of error, warning, info and style to lists of rule codes',
      );
    } else {
      for (const [level, codes] of Object.entries(override)) {
        const sev = OVERRIDE_SEVERITY[level];
        if (!sev) {
          bad(
            ['override', level],
            `override has no level "${level}"; the levels are error, warning, info and style`,
          );
          continue;
        }
        stringList(`override.${level}`, codes, ['override', level]).forEach((code, i) =>
          setSeverity(code, sev, ['override', level, i], `hadolint override.${level}`),
        );
      }
    }
  }
  const registries = stringList('trustedRegistries', raw.trustedRegistries, ['trustedRegistries']);
  if (registries.length > 0) {
    const rule = rulesForAlias(rules, 'DL3026')[0];
    const opt =
      rule &&
      optionNamed(
        rule,
        ['trustedRegistries', 'registries', 'allowedRegistries', 'allowed', 'trusted'],
        ['array'],
      );
    if (rule && opt) {
      ruleSettings[rule.id] = {
        severity: rule.severity === 'off' ? 'error' : rule.severity,
        options: { [opt]: registries },
      };
      setOrigin(['rules', rule.id], ['trustedRegistries'], 'hadolint trustedRegistries');
    } else {
      notices.push(
        `trustedRegistries (${where(['trustedRegistries'])}): no layerguard rule takes a list of trusted registries; nothing to carry over`,
      );
    }
  }
  const labels = raw['label-schema'];
  const labelKeys: string[] = [];
  if (labels !== undefined && labels !== null) {
    if (typeof labels !== 'object' || Array.isArray(labels)) {
      bad(
        ['label-schema'],
        'label-schema must be a mapping of label names to types (text, url, semver, hash, rfc3339, spdx, email)',
      );
    } else {
      const schema = labels as Record<string, unknown>;
      labelKeys.push(...Object.keys(schema));
      const withOption = (
        code: string,
        names: string[],
        value: unknown,
        from: PathSegment[],
        note: string,
        fallback: SeverityOrOff,
      ) => {
        const rule = rulesForAlias(rules, code)[0];
        const opt = rule && optionNamed(rule, names, ['array']);
        if (!rule || !opt) return false;
        ruleSettings[rule.id] = {
          severity: rule.severity === 'off' ? fallback : rule.severity,
          options: { [opt]: value },
        };
        setOrigin(['rules', rule.id], from, note);
        return true;
      };
      if (
        !withOption(
          'DL3049',
          ['labels', 'required', 'requiredLabels'],
          labelKeys,
          ['label-schema'],
          'hadolint label-schema',
          'info',
        )
      ) {
        notices.push(
          `label-schema (${where(['label-schema'])}): no layerguard rule takes required labels; nothing to carry over`,
        );
      }
      const byType = new Map<string, string[]>();
      for (const [key, type] of Object.entries(schema)) {
        const t = String(type).toLowerCase();
        if (!LABEL_TYPES[t] && t !== 'text') {
          bad(
            ['label-schema', key],
            `label type "${String(type)}" is not one of text, ${Object.keys(LABEL_TYPES).join(', ')}`,
          );
          continue;
        }
        if (LABEL_TYPES[t]) byType.set(t, [...(byType.get(t) ?? []), key]);
      }
      for (const [t, keys] of byType) {
        const from = ['label-schema', keys[0]];
        if (!withOption(LABEL_TYPES[t], ['labels'], keys, from, `hadolint label-schema (${t})`, 'warning')) {
          notices.push(
            `label-schema ${t} labels (${where(from)}): no layerguard rule checks ${t} labels; nothing to carry over`,
          );
        }
      }
    }
  }
  if (raw['strict-labels'] === true) {
    const rule = rulesForAlias(rules, 'DL3050')[0];
    const opt = rule && optionNamed(rule, ['allowed', 'labels'], ['array']);
    if (rule && opt) {
      ruleSettings[rule.id] = {
        severity: rule.severity === 'off' ? 'info' : rule.severity,
        options: { [opt]: labelKeys },
      };
      setOrigin(['rules', rule.id], ['strict-labels'], 'hadolint strict-labels');
    } else {
      notices.push(
        `strict-labels (${where(['strict-labels'])}): no layerguard rule reports labels outside the schema; nothing to carry over`,
      );
    }
  }
  // `ignored` last: hadolint drops ignored rules whatever else says about them.
  stringList('ignored', raw.ignored, ['ignored']).forEach((code, i) =>
    setSeverity(code, 'off', ['ignored', i], 'hadolint ignored'),
  );
  if (Object.keys(ruleSettings).length > 0) data.rules = ruleSettings as PolicyData['rules'];
  const threshold = raw['failure-threshold'];
  if (threshold !== undefined && threshold !== null) {
    const mapped = typeof threshold === 'string' ? THRESHOLD[threshold.toLowerCase()] : undefined;
    if (!mapped) {
      bad(
        ['failure-threshold'],
        `failure-threshold must be one of ${Object.keys(THRESHOLD).join(', ')} (got ${JSON.stringify(threshold)})`,
      );
    } else {
      data.failOn = mapped;
      setOrigin(['failOn'], ['failure-threshold'], 'hadolint failure-threshold');
    }
  }
  if (raw['no-fail'] === true) {
    data.failOn = 'none';
    setOrigin(['failOn'], ['no-fail'], 'hadolint no-fail');
  }
  if (raw['disable-ignore-pragma'] === true) {
    data.suppressions = { inline: false };
    setOrigin(['suppressions', 'inline'], ['disable-ignore-pragma'], 'hadolint disable-ignore-pragma');
  }
  return conv;
}
