/**
 * The documents generated from the rule registry (pure functions; `scripts/gen-docs.ts` writes them and
 * `__tests__/docs.test.ts` fails when a committed copy is stale):
 *
 * - docs/rules/README.md: every rule, by kind, with aliases, default severity and summary;
 * - the rule mapping table of docs/migrating-from-hadolint.md (between the GENERATED markers): every
 *   hadolint code, BuildKit check, Trivy and Checkov id, and the layerguard rule that carries it;
 * - policies/hadolint.yml (`builtin:hadolint`): hadolint's rules at hadolint's default severities.
 */
import { formatRules } from '../src/report/rules.js';
import type { Rule } from '../src/rules/define.js';
import type { SeverityOrOff } from '../src/engine/types.js';

type HadolintSeverity = 'error' | 'warning' | 'info' | 'style' | 'ignore';

/** hadolint's DL rules: default severity and what each checks (from hadolint's rule list). */
export const HADOLINT_RULES: Readonly<Record<string, { severity: HadolintSeverity; summary: string }>> = {
  DL3000: { severity: 'error', summary: 'Use absolute WORKDIR' },
  DL3001: {
    severity: 'info',
    summary: 'Commands that make no sense in a container (ssh, vim, shutdown, service…)',
  },
  DL3002: { severity: 'warning', summary: 'Last USER should not be root' },
  DL3003: { severity: 'warning', summary: 'Use WORKDIR to switch to a directory' },
  DL3004: { severity: 'error', summary: 'Do not use sudo' },
  DL3006: { severity: 'warning', summary: 'Always tag the version of an image explicitly' },
  DL3007: { severity: 'warning', summary: 'Using latest is prone to errors' },
  DL3008: { severity: 'warning', summary: 'Pin versions in apt-get install' },
  DL3009: { severity: 'info', summary: 'Delete the apt-get lists after installing something' },
  DL3010: { severity: 'info', summary: 'Use ADD for extracting archives into an image' },
  DL3011: { severity: 'error', summary: 'Valid UNIX ports range from 0 to 65535' },
  DL3012: { severity: 'error', summary: 'Multiple HEALTHCHECK instructions' },
  DL3013: { severity: 'warning', summary: 'Pin versions in pip' },
  DL3014: { severity: 'warning', summary: 'Use the -y switch with apt-get install' },
  DL3015: { severity: 'info', summary: 'Avoid additional packages by specifying --no-install-recommends' },
  DL3016: { severity: 'warning', summary: 'Pin versions in npm' },
  DL3018: { severity: 'warning', summary: 'Pin versions in apk add' },
  DL3019: { severity: 'info', summary: 'Use the --no-cache switch with apk add' },
  DL3020: { severity: 'error', summary: 'Use COPY instead of ADD for files and folders' },
  DL3021: {
    severity: 'error',
    summary: 'COPY with more than 2 arguments requires the last argument to end with /',
  },
  DL3022: { severity: 'warning', summary: 'COPY --from should reference a previously defined FROM alias' },
  DL3023: { severity: 'error', summary: 'COPY --from cannot reference its own FROM alias' },
  DL3024: { severity: 'error', summary: 'FROM aliases (stage names) must be unique' },
  DL3025: { severity: 'warning', summary: 'Use JSON notation for CMD and ENTRYPOINT arguments' },
  DL3026: { severity: 'error', summary: 'Use only an allowed registry in the FROM image' },
  DL3027: { severity: 'warning', summary: 'Do not use apt; use apt-get or apt-cache' },
  DL3028: { severity: 'warning', summary: 'Pin versions in gem install' },
  DL3029: { severity: 'warning', summary: 'Do not use --platform flag with FROM' },
  DL3030: { severity: 'warning', summary: 'Use the -y switch with yum install' },
  DL3032: { severity: 'warning', summary: 'yum clean all missing after yum command' },
  DL3033: { severity: 'warning', summary: 'Specify version with yum install -y <package>-<version>' },
  DL3034: { severity: 'warning', summary: 'Non-interactive switch missing from zypper command' },
  DL3035: { severity: 'warning', summary: 'Do not use zypper dist-upgrade' },
  DL3036: { severity: 'warning', summary: 'zypper clean missing after zypper use' },
  DL3037: { severity: 'warning', summary: 'Specify version with zypper install -y <package>=<version>' },
  DL3038: { severity: 'warning', summary: 'Use the -y switch with dnf install' },
  DL3040: { severity: 'warning', summary: 'dnf clean all missing after dnf command' },
  DL3041: { severity: 'warning', summary: 'Specify version with dnf install -y <package>-<version>' },
  DL3042: { severity: 'warning', summary: 'Avoid the pip cache with pip install --no-cache-dir' },
  DL3043: { severity: 'error', summary: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD' },
  DL3044: {
    severity: 'error',
    summary: 'Do not refer to an environment variable within the ENV statement that defines it',
  },
  DL3045: { severity: 'warning', summary: 'COPY to a relative destination without WORKDIR set' },
  DL3046: { severity: 'warning', summary: 'useradd without -l and a high UID makes a huge image' },
  DL3047: { severity: 'info', summary: 'wget without --progress bloats build logs' },
  DL3048: { severity: 'style', summary: 'Invalid label key' },
  DL3049: { severity: 'info', summary: 'Label is missing' },
  DL3050: { severity: 'info', summary: 'Superfluous label(s) present' },
  DL3051: { severity: 'warning', summary: 'Label is empty' },
  DL3052: { severity: 'warning', summary: 'Label is not a valid URL' },
  DL3053: { severity: 'warning', summary: 'Label is not a valid RFC 3339 time' },
  DL3054: { severity: 'warning', summary: 'Label is not a valid SPDX license identifier' },
  DL3055: { severity: 'warning', summary: 'Label is not a valid git hash' },
  DL3056: { severity: 'warning', summary: 'Label does not conform to semantic versioning' },
  DL3057: { severity: 'ignore', summary: 'HEALTHCHECK instruction missing' },
  DL3058: { severity: 'warning', summary: 'Label is not a valid email address' },
  DL3059: { severity: 'info', summary: 'Multiple consecutive RUN instructions' },
  DL3060: { severity: 'info', summary: 'yarn cache clean missing after yarn install' },
  DL3061: {
    severity: 'error',
    summary: 'Invalid instruction order: the Dockerfile must begin with FROM, ARG or a comment',
  },
  DL4000: { severity: 'error', summary: 'MAINTAINER is deprecated' },
  DL4001: { severity: 'warning', summary: 'Either use wget or curl, but not both' },
  DL4003: { severity: 'warning', summary: 'Multiple CMD instructions found' },
  DL4004: { severity: 'error', summary: 'Multiple ENTRYPOINT instructions found' },
  DL4005: { severity: 'warning', summary: 'Use SHELL to change the default shell' },
  DL4006: { severity: 'warning', summary: 'Set the SHELL option -o pipefail before RUN with a pipe in it' },
};

const SEVERITY_OF: Record<HadolintSeverity, SeverityOrOff> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'info',
  ignore: 'off',
};
const RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };

const DL = /^DL\d{4}$/;
const BUILDKIT = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;
const TRIVY = /^(?:DS\d{3}|AVD-DS-\d{4})$/;
const CHECKOV = /^CKV2?_DOCKER_\d+$/;
const CHECKOV_K8S = /^CKV2?_K8S_\d+$/;
const KUBE_LINTER = /^[a-z]+(?:-[a-z0-9]+)+$/;

function code(s: string): string {
  return '`' + s + '`';
}

function link(rule: Rule, fromDir: 'docs' | 'docs/rules'): string {
  const target =
    fromDir === 'docs' ? rule.docsPath.replace(/^docs\//, '') : rule.docsPath.replace(/^docs\/rules\//, '');
  return `[${code(rule.id)}](${target})`;
}

const KIND_TITLES: Record<string, string> = {
  dockerfile: 'Dockerfile rules',
  runtime: 'Run-configuration rules',
  image: 'Image rules',
  policy: 'Policy rules',
};

/** docs/rules/README.md */
export function renderRulesReadme(rules: readonly Rule[]): string {
  const parts = [
    '# Rules',
    '',
    '<!-- Generated by scripts/gen-docs.ts from the rule registry (`npx tsx scripts/gen-docs.ts`); do not edit by hand. -->',
    '',
    `layerguard has ${rules.length} rules. Each has a page with its options, why it matters and examples; ` +
      '"Aliases" are the hadolint codes, BuildKit check names, Trivy/Checkov ids and kube-linter check names a rule matches, which inline ' +
      'comments (`# hadolint ignore=DL3008`, `# check=skip=JSONArgsRecommended`) and `.hadolint.yaml` imports map through. ' +
      'Findings of ShellCheck (`dockerfile/shellcheck`) are reported as `shellcheck/SCxxxx`.',
    '',
  ];
  for (const kind of ['dockerfile', 'runtime', 'image', 'policy']) {
    const list = rules.filter((r) => r.kind === kind);
    if (list.length === 0) continue;
    parts.push(`## ${KIND_TITLES[kind]}`, '', formatRules('markdown', list).trimEnd(), '');
  }
  return parts.join('\n');
}

/** The hadolint severity a rule gets in builtin:hadolint, or undefined when no hadolint code maps to it. */
export function hadolintSeverityOf(rule: Rule): SeverityOrOff | undefined {
  let best: SeverityOrOff | undefined;
  for (const a of rule.aliases) {
    if (!DL.test(a)) continue;
    const known = HADOLINT_RULES[a];
    const sev = known ? SEVERITY_OF[known.severity] : rule.severity;
    if (best === undefined || RANK[sev] > RANK[best]) best = sev;
  }
  return best;
}

/** policies/hadolint.yml */
export function renderHadolintPreset(rules: readonly Rule[]): string {
  const lines = [
    '# yaml-language-server: $schema=./layerguard.schema.json',
    '#',
    "# builtin:hadolint — for teams migrating from hadolint: hadolint's rules at hadolint's default severities",
    '# (style is info, ignore is off), ShellCheck findings at the level ShellCheck gives them, the syntax',
    "# check, and every other Dockerfile rule off. failOn: info is hadolint's default failure threshold.",
    "# Where a rule's option defaults differ from what hadolint does, the preset sets hadolint's (each rule's",
    '# page says how builtin:recommended and builtin:hadolint differ).',
    '# Extend it and turn more rules on as the team adopts them (docs/migrating-from-hadolint.md).',
    '#',
    "# Generated by scripts/gen-docs.ts from the rules' hadolint aliases; do not edit by hand.",
    'extends: []',
    'failOn: info',
    'rules:',
  ];
  for (const r of rules) {
    if (r.kind !== 'dockerfile') continue;
    let sev: SeverityOrOff;
    if (r.id === 'dockerfile/shellcheck' || r.id === 'dockerfile/syntax') sev = 'error';
    else sev = hadolintSeverityOf(r) ?? 'off';
    const options = Object.entries(r.hadolintOptions ?? {});
    if (sev === 'off' || options.length === 0) {
      lines.push(`  ${r.id}: ${sev}`);
      continue;
    }
    // hadolint's behaviour where layerguard's defaults differ (see the rule's page).
    lines.push(`  ${r.id}:`, `    severity: ${sev}`, '    options:');
    for (const [key, value] of options) lines.push(`      ${key}: ${JSON.stringify(value)}`);
  }
  return lines.join('\n') + '\n';
}

function rulesWith(rules: readonly Rule[], alias: string): Rule[] {
  return rules.filter((r) => r.aliases.includes(alias));
}

/** The generated part of docs/migrating-from-hadolint.md (between the markers). */
export function renderMappingTables(rules: readonly Rule[]): string {
  const out: string[] = [];
  const dlCodes = new Set<string>(Object.keys(HADOLINT_RULES));
  for (const r of rules) for (const a of r.aliases) if (DL.test(a)) dlCodes.add(a);
  out.push('### hadolint rules', '');
  out.push(
    '| hadolint | What it checks | hadolint default | layerguard rule | layerguard default | In `builtin:hadolint` |',
  );
  out.push('|---|---|---|---|---|---|');
  for (const c of [...dlCodes].sort()) {
    const mapped = rulesWith(rules, c);
    const known = HADOLINT_RULES[c];
    const summary = (known?.summary ?? mapped[0]?.summary ?? '').replace(/\|/g, '\\|');
    const rulesCell = mapped.length > 0 ? mapped.map((r) => link(r, 'docs')).join(', ') : 'not covered';
    const defaults = mapped.length > 0 ? mapped.map((r) => r.severity).join(', ') : '—';
    const preset = mapped.length > 0 ? mapped.map((r) => hadolintSeverityOf(r) ?? 'off').join(', ') : '—';
    out.push(`| ${c} | ${summary} | ${known?.severity ?? '—'} | ${rulesCell} | ${defaults} | ${preset} |`);
  }
  const shellcheck = rules.find((r) => r.id === 'dockerfile/shellcheck');
  out.push(
    `| SC1000–SC9999 | ShellCheck on RUN scripts | ShellCheck's level | ${shellcheck ? link(shellcheck, 'docs') : 'not covered'} (findings \`shellcheck/SCxxxx\`) | ${shellcheck?.severity ?? '—'} | error |`,
  );
  const section = (title: string, test: RegExp, lead: string) => {
    const ids = new Set<string>();
    for (const r of rules) for (const a of r.aliases) if (test.test(a)) ids.add(a);
    if (ids.size === 0) return;
    out.push(
      '',
      `### ${title}`,
      '',
      lead,
      '',
      `| ${title.split(' ')[0]} | layerguard rule | Default |`,
      '|---|---|---|',
    );
    // Trivy's DS001 and AVD-DS-0001 name the same check: one row.
    const rows = new Map<string, string[]>();
    for (const id of [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      const m = /^(?:DS|AVD-DS-)(\d+)$/.exec(id);
      const key = m ? `DS${Number(m[1])}` : id;
      rows.set(key, [...(rows.get(key) ?? []), id]);
    }
    for (const group of rows.values()) {
      group.sort((a, b) => (a.startsWith('DS') === b.startsWith('DS') ? 0 : a.startsWith('DS') ? -1 : 1));
      const mapped = rules.filter((r) => group.some((id) => r.aliases.includes(id)));
      out.push(
        `| ${group.join(', ')} | ${mapped.map((r) => link(r, 'docs')).join(', ')} | ${mapped.map((r) => r.severity).join(', ')} |`,
      );
    }
  };
  section(
    'BuildKit checks',
    BUILDKIT,
    '`docker build --check` names; `# check=skip=<name>` maps through them.',
  );
  section('Trivy checks', TRIVY, 'Trivy misconfiguration ids for Dockerfiles.');
  section('Checkov checks', CHECKOV, 'Checkov Dockerfile policy ids.');
  section(
    'Checkov Kubernetes checks',
    CHECKOV_K8S,
    'Checkov Kubernetes policy ids, for the run-configuration rules applied to Kubernetes manifests.',
  );
  section('kube-linter checks', KUBE_LINTER, 'kube-linter check names, for Kubernetes manifests.');
  return out.join('\n') + '\n';
}

export const MAPPING_BEGIN = '<!-- BEGIN GENERATED: rule mapping (scripts/gen-docs.ts) -->';
export const MAPPING_END = '<!-- END GENERATED: rule mapping -->';

/** The migration guide with its generated table replaced; throws when the markers are missing. */
export function withMappingTables(guide: string, rules: readonly Rule[]): string {
  const a = guide.indexOf(MAPPING_BEGIN);
  const b = guide.indexOf(MAPPING_END);
  if (a < 0 || b < a) throw new Error('docs/migrating-from-hadolint.md lacks the GENERATED markers');
  return (
    guide.slice(0, a + MAPPING_BEGIN.length) + '\n\n' + renderMappingTables(rules) + '\n' + guide.slice(b)
  );
}
