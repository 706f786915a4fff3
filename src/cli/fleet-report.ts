/**
 * `layerguard report FILE...`: one report over many repositories' results. Each FILE is the JSON of
 * `layerguard check --format json` (the Action writes it too) or a SARIF log; folders are searched for
 * `*.json` and `*.sarif`. A result's repository is its `repository` field, else the folder holding the
 * file (artifact downloads put each repository's result in a folder named after it), else the file
 * name. The report gives the verdict per repository, findings per rule across the fleet, the noisiest
 * rules, exceptions by expiry date (expired and expiring first), findings of locked rules, and which
 * policy versions are in use (with `--current REF`, which repositories are behind it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cell, code } from '../report/markdown.js';
import type { Io } from './io.js';

const MAX_FILES = 10_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const EXPIRING_DAYS = 30;

interface RepoResult {
  repository: string;
  file: string;
  verdict: 'pass' | 'fail' | 'unknown';
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, number>;
  sources: string[];
  exceptions: { rules: string[]; files?: string[]; reason: string; expires: string; source: string }[];
  locked: string[];
}

export interface FleetReport {
  repositories: {
    repository: string;
    verdict: string;
    errors: number;
    warnings: number;
    infos: number;
    policy: string[];
  }[];
  rules: { rule: string; findings: number; repositories: number }[];
  exceptions: {
    repository: string;
    expires: string;
    status: 'expired' | 'expiring' | 'active';
    rules: string[];
    files?: string[];
    reason: string;
    source: string;
  }[];
  lockedFindings: { repository: string; rule: string; findings: number }[];
  policyVersions: { policy: string; ref: string; repositories: string[]; behind: boolean }[];
  unreadable: { file: string; problem: string }[];
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      current: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage =
    'layerguard report FILE|FOLDER... [--format markdown|json] [--current github:ORG/REPO/PATH@REF]: merge ' +
    "many repositories' JSON (or SARIF) results into one fleet report";
  if (values.help) {
    io.stdout(usage + '\n');
    return 0;
  }
  const format = values.format ?? 'markdown';
  if (!['markdown', 'json'].includes(format)) {
    io.stderr(`layerguard: --format must be markdown or json (got "${format}")\n`);
    return 2;
  }
  if (!positionals.length) {
    io.stderr(`layerguard: name the result files or folders to merge\nusage: ${usage}\n`);
    return 2;
  }
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const files: string[] = [];
  for (const p of positionals) await collect(path.resolve(io.cwd, p), files, 0);
  if (!files.length) {
    io.stderr(`layerguard: no .json or .sarif results in ${positionals.join(', ')}\n`);
    return 2;
  }
  const results: RepoResult[] = [];
  const unreadable: FleetReport['unreadable'] = [];
  for (const file of files) {
    const display = path.relative(io.cwd, file) || file;
    try {
      const st = await fs.stat(file);
      if (st.size > MAX_FILE_BYTES) throw new Error('larger than 64 MiB');
      results.push(readResult(JSON.parse(await fs.readFile(file, 'utf8')), file));
    } catch (e) {
      unreadable.push({ file: display, problem: (e as Error).message });
    }
  }
  const report = buildFleetReport(results, unreadable, { today, current: values.current });
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatFleetMarkdown(report, today));
  return 0;
}

async function collect(p: string, out: string[], depth: number): Promise<void> {
  if (out.length >= MAX_FILES || depth > 10) return;
  const st = await fs.stat(p);
  if (st.isFile()) {
    out.push(p);
    return;
  }
  for (const e of (await fs.readdir(p, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const child = path.join(p, e.name);
    if (e.isDirectory()) await collect(child, out, depth + 1);
    else if (e.isFile() && /\.(json|sarif)$/.test(e.name)) out.push(child);
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function repositoryOf(data: Record<string, unknown>, file: string): string {
  const named = str(data.repository);
  if (named) return named;
  const dir = path.basename(path.dirname(file));
  return dir && dir !== '.' ? dir : path.basename(file).replace(/\.(json|sarif)$/, '');
}

/** One repository's result from `check --format json`, or from a SARIF log (code scanning). */
function readResult(data: unknown, file: string): RepoResult {
  if (typeof data !== 'object' || data === null) throw new Error('not a JSON object');
  const d = data as Record<string, unknown>;
  const base = { repository: repositoryOf(d, file), file, exceptions: [], locked: [], sources: [] };
  if (Array.isArray(d.runs)) {
    // SARIF: levels error/warning/note; the policy is not in the log.
    const byRule: Record<string, number> = {};
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const run of d.runs as { results?: { ruleId?: string; level?: string }[] }[])
      for (const r of run.results ?? []) {
        const id = r.ruleId ?? 'unknown';
        byRule[id] = (byRule[id] ?? 0) + 1;
        if (r.level === 'error') errors++;
        else if (r.level === 'note' || r.level === 'none') infos++;
        else warnings++;
      }
    return { ...base, verdict: 'unknown', errors, warnings, infos, byRule };
  }
  const summary = d.summary as Record<string, unknown> | undefined;
  if (!summary || !Array.isArray(d.findings))
    throw new Error('neither a layerguard JSON result (`check --format json`) nor a SARIF log');
  const policy = (d.policy ?? {}) as Record<string, unknown>;
  const byRule: Record<string, number> = {};
  for (const f of d.findings as { ruleId?: string; suppressed?: unknown }[])
    if (!f.suppressed && f.ruleId) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return {
    ...base,
    verdict: summary.verdict === 'fail' ? 'fail' : summary.verdict === 'pass' ? 'pass' : 'unknown',
    errors: Number(summary.errors) || 0,
    warnings: Number(summary.warnings) || 0,
    infos: Number(summary.infos) || 0,
    byRule,
    sources: Array.isArray(policy.sources) ? policy.sources.map(String) : [],
    exceptions: Array.isArray(policy.exceptions) ? (policy.exceptions as RepoResult['exceptions']) : [],
    locked: Array.isArray(policy.locked) ? policy.locked.map(String) : [],
  };
}

/** `github:org/repo/path.yml@ref` → [`github:org/repo/path.yml`, `ref`]; other sources have no version. */
function splitRef(source: string): [string, string] | undefined {
  const m = /^(github:[^@]+)@(.+)$/.exec(source) ?? /^(https:\/\/[^#]+)#(.+)$/.exec(source);
  return m ? [m[1], m[2]] : undefined;
}

export function buildFleetReport(
  results: RepoResult[],
  unreadable: FleetReport['unreadable'],
  opts: { today: string; current?: string },
): FleetReport {
  const byRepo = [...results].sort(
    (a, b) =>
      (b.verdict === 'fail' ? 1 : 0) - (a.verdict === 'fail' ? 1 : 0) ||
      b.errors - a.errors ||
      a.repository.localeCompare(b.repository),
  );
  const rules = new Map<string, { findings: number; repositories: Set<string> }>();
  for (const r of results)
    for (const [rule, n] of Object.entries(r.byRule)) {
      const e = rules.get(rule) ?? { findings: 0, repositories: new Set<string>() };
      e.findings += n;
      e.repositories.add(r.repository);
      rules.set(rule, e);
    }
  const soon = new Date(`${opts.today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  const soonDay = soon.toISOString().slice(0, 10);
  const exceptions = results
    .flatMap((r) =>
      r.exceptions.map((e) => ({
        repository: r.repository,
        expires: e.expires,
        status: (e.expires < opts.today ? 'expired' : e.expires <= soonDay ? 'expiring' : 'active') as
          'expired' | 'expiring' | 'active',
        rules: e.rules,
        ...(e.files ? { files: e.files } : {}),
        reason: e.reason,
        source: e.source,
      })),
    )
    .sort((a, b) => a.expires.localeCompare(b.expires) || a.repository.localeCompare(b.repository));
  const lockedFindings = results
    .flatMap((r) =>
      r.locked
        .filter((rule) => r.byRule[rule])
        .map((rule) => ({ repository: r.repository, rule, findings: r.byRule[rule] })),
    )
    .sort((a, b) => b.findings - a.findings || a.repository.localeCompare(b.repository));
  const current = opts.current ? splitRef(opts.current) : undefined;
  const versions = new Map<string, string[]>();
  for (const r of results)
    for (const s of r.sources) {
      if (!splitRef(s)) continue;
      versions.set(s, [...(versions.get(s) ?? []), r.repository]);
    }
  const policyVersions = [...versions]
    .map(([source, repositories]) => {
      const [policy, ref] = splitRef(source)!;
      return {
        policy,
        ref,
        repositories: repositories.sort(),
        behind: !!current && current[0] === policy && current[1] !== ref,
      };
    })
    .sort((a, b) => a.policy.localeCompare(b.policy) || b.repositories.length - a.repositories.length);
  return {
    repositories: byRepo.map((r) => ({
      repository: r.repository,
      verdict: r.verdict,
      errors: r.errors,
      warnings: r.warnings,
      infos: r.infos,
      policy: r.sources,
    })),
    rules: [...rules]
      .map(([rule, e]) => ({ rule, findings: e.findings, repositories: e.repositories.size }))
      .sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    exceptions,
    lockedFindings,
    policyVersions,
    unreadable,
  };
}

function rulesTable(rules: FleetReport['rules']): string[] {
  return [
    '| rule | findings | repositories |',
    '| --- | ---: | ---: |',
    ...rules.map((x) => `| ${code(x.rule)} | ${x.findings} | ${x.repositories} |`),
  ];
}

export function formatFleetMarkdown(r: FleetReport, today: string): string {
  const failing = r.repositories.filter((x) => x.verdict === 'fail').length;
  const lines: string[] = [
    '# layerguard fleet report',
    '',
    `${r.repositories.length} repositories: **${failing} failing**, ${r.repositories.length - failing} passing or without a verdict (as of ${today}).`,
    '',
    '## Repositories',
    '',
    '| repository | verdict | errors | warnings | info |',
    '| --- | --- | ---: | ---: | ---: |',
    ...r.repositories.map(
      (x) => `| ${cell(x.repository)} | ${x.verdict} | ${x.errors} | ${x.warnings} | ${x.infos} |`,
    ),
    '',
    '## Noisiest rules',
    '',
    ...rulesTable(r.rules.slice(0, 10)),
  ];
  if (r.rules.length > 10)
    lines.push(
      '',
      `<details><summary>All ${r.rules.length} rules</summary>`,
      '',
      ...rulesTable(r.rules),
      '',
      '</details>',
    );
  lines.push('', '## Exceptions by expiry', '');
  if (!r.exceptions.length) lines.push('No exceptions.');
  else
    lines.push(
      '| expires | status | repository | rules | reason |',
      '| --- | --- | --- | --- | --- |',
      ...r.exceptions.map(
        (e) =>
          `| ${e.expires} | ${e.status === 'active' ? 'active' : `**${e.status}**`} | ${cell(e.repository)} | ${e.rules.map(code).join(', ')} | ${cell(e.reason)} |`,
      ),
    );
  lines.push('', '## Findings of locked rules', '');
  if (!r.lockedFindings.length) lines.push('None.');
  else
    lines.push(
      '| repository | rule | findings |',
      '| --- | --- | ---: |',
      ...r.lockedFindings.map((x) => `| ${cell(x.repository)} | ${code(x.rule)} | ${x.findings} |`),
    );
  lines.push('', '## Policy versions in use', '');
  if (!r.policyVersions.length) lines.push('No remote policies are extended.');
  else
    lines.push(
      '| policy | version | repositories | |',
      '| --- | --- | ---: | --- |',
      ...r.policyVersions.map(
        (v) =>
          `| ${cell(v.policy)} | ${cell(v.ref)} | ${v.repositories.length} | ${v.behind ? `**behind**: ${v.repositories.map(cell).join(', ')}` : ''} |`,
      ),
    );
  if (r.unreadable.length)
    lines.push(
      '',
      '## Results that could not be read',
      '',
      ...r.unreadable.map((u) => `- ${cell(u.file)}: ${cell(u.problem)}`),
    );
  return lines.join('\n') + '\n';
}
