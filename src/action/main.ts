/**
 * The Action (action.yml -> dist/index.js). Order matters, so that no result is ever lost:
 *
 * 1. run the check (the PR's changed files first, when `only-changed` asks for them);
 * 2. always: outputs, the SARIF file and the job summary;
 * 3. with a token that may write: the check run (every finding, 50 annotations per request), review
 *    comments on the diff lines and the sticky summary comment — each on its own, so that one failing
 *    does not stop the others, and none of them can fail the step;
 * 4. always, last (so that it can name what failed): the annotations, most severe first, and at most
 *    one warning about GitHub calls that failed, naming the permission to add.
 *
 * The exit status is the policy verdict: 0 pass, 1 fail, 2 configuration error. Never an API error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { check } from '../engine/check.js';
import type { CheckResult } from '../engine/check.js';
import { loadPolicy } from '../policy/load.js';
import { formatProblem, PolicyError } from '../policy/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { formatJson } from '../report/json.js';
import { code, formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { logLine, planAnnotations } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { CheckRunOutcome } from './check-run.js';
import { blobUrl, readRunContext } from './context.js';
import type { RunContext } from './context.js';
import { PullRequestDiff } from './diff.js';
import type { ChangedFile } from './diff.js';
import { InputError, readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';
import { openPullRequestBase } from './base.js';
import type { BaseSetup } from './base.js';
import { BaselineFileError, readBaseline } from '../engine/baseline.js';
import { comparisonLine } from '../engine/compare.js';
import type { Octokit } from './octokit.js';
import { ApiProblems } from './problems.js';
import { imageFiles, repoPrefix, toRepoView, toWorkingDirPaths } from './repo-view.js';
import { publishReview } from './review.js';
import type { ReviewOutcome } from './review.js';
import { MAX_COMMENT, SUMMARY_MARKER, upsertSummaryComment } from './summary-comment.js';
import type { SummaryCommentOutcome } from './summary-comment.js';

type Env = Record<string, string | undefined>;

/** GitHub's limit on one step's job summary is 1 MiB; stay below it. */
const MAX_JOB_SUMMARY = 1000 * 1000;

interface Reporting {
  checkRun?: CheckRunOutcome;
  review?: ReviewOutcome;
  comment?: SummaryCommentOutcome;
  skipped: string[];
}

export async function runAction(env: Env = process.env): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    core.setFailed(e instanceof InputError ? `layerguard: ${e.message}` : String(e));
    return 2;
  }
  const ctx = readRunContext(env);
  const cwd = path.resolve(ctx.workspace, inputs.workingDirectory);
  const prefix = repoPrefix(ctx.workspace, cwd) ?? '';
  const problems = new ApiProblems();
  const pr = ctx.pullRequest;
  const fork = !!pr?.headRepo && !!pr.baseRepo && pr.headRepo !== pr.baseRepo;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const api =
    inputs.token && ctx.owner && ctx.repo ? createOctokit(inputs.token, ctx.apiUrl, env) : undefined;
  const notes: string[] = [];

  // 1. The PR's files: for only-changed, and for placing review comments.
  let diff: PullRequestDiff | undefined;
  if (pr && api && (inputs.onlyChanged || inputs.reviewComments)) {
    try {
      const files = await api.paginate(api.rest.pulls.listFiles, {
        ...repo,
        pull_number: pr.number,
        per_page: 100,
      });
      diff = new PullRequestDiff(files as ChangedFile[]);
    } catch (e) {
      problems.add('listing the pull request’s files', e, 'pull-requests: read');
    }
  }
  let onlyFiles: string[] | undefined;
  if (inputs.onlyChanged) {
    if (!pr) notes.push('`only-changed` applies to pull requests: this run reports every file.');
    else if (!diff)
      notes.push(
        '`only-changed`: the pull request’s files could not be listed, so this run reports every file.',
      );
    else {
      onlyFiles = toWorkingDirPaths(diff.changedFiles(), prefix);
      notes.push(`Only files changed in pull request #${pr.number} are reported (\`only-changed\`).`);
    }
  }

  let raw: CheckResult;
  let baseSetup: BaseSetup | undefined;
  try {
    const resolvedPolicy = await loadPolicy({
      cwd,
      policy: inputs.policy,
      rules: RULES_BY_ID,
      githubToken: inputs.token || undefined,
      env,
    });
    for (const note of resolvedPolicy.notices ?? []) core.info(`layerguard: note: ${note}`);
    // Issue 13: new findings gate the pull request; findings on its base and known debt do not.
    const debtBaseline = await readBaseline(cwd, inputs.baselineFile);
    baseSetup = await openPullRequestBase(cwd, inputs.failScope, pr?.baseSha, (l) => core.info(l));
    raw = await check({
      cwd,
      resolvedPolicy,
      paths: inputs.paths,
      policy: inputs.policy,
      failOn: inputs.failOn,
      images: inputs.images,
      githubToken: inputs.token || undefined,
      onlyFiles,
      failScope: baseSetup.failScope,
      base: baseSetup.base,
      debtBaseline,
      comparisonNotes: baseSetup.notes,
      imageDockerfiles: inputs.imageDockerfiles,
    });
  } catch (e) {
    if (e instanceof BaselineFileError) {
      core.setFailed(`layerguard: ${e.message}`);
      return 2;
    }
    await reportConfigurationError(e, prefix, env);
    return 2;
  } finally {
    baseSetup?.base?.close();
  }
  if (raw.targets.length === 0 && raw.missing.length > 0 && !onlyFiles) {
    core.setFailed(
      `layerguard: nothing to check: ${raw.missing.map((m) => `"${m}"`).join(', ')} matched no file`,
    );
    return 2;
  }
  const result = toRepoView(raw, prefix);
  const exitCode = result.verdict === 'pass' ? 0 : 1;
  const repoFiles = new Set(result.targets.filter((t) => t.kind !== 'image').map((t) => t.file));
  const link = (file: string, line: number, endLine: number) =>
    repoFiles.has(file) ? blobUrl(ctx, file, line, endLine) : undefined;

  const reporting: Reporting = { skipped: [] };
  const localWarnings: string[] = baseSetup.warning ? [baseSetup.warning] : [];
  try {
    // 2. Always: outputs, SARIF, job summary.
    setOutputs(result);
    if (inputs.sarifFile) {
      const file = path.resolve(cwd, inputs.sarifFile);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, formatSarif(result));
        core.setOutput('sarif-file', file);
        core.info(`SARIF written to ${file}`);
      } catch (e) {
        localWarnings.push(`layerguard could not write the SARIF file ${file}: ${(e as Error).message}`);
      }
    }
    core.startGroup(
      `layerguard: ${result.verdict} (${result.findings.filter((f) => !f.suppressed).length} findings)`,
    );
    core.info(formatText(result, { color: false }));
    core.endGroup();
    await writeJobSummary(env, formatMarkdown(result, { link, notes, maxLength: MAX_JOB_SUMMARY }));

    // 3. On GitHub, where the token allows.
    if (!api) {
      reporting.skipped.push('no `github-token`: no check run or pull-request comments');
    } else {
      await reportOnGithub(api, ctx, repo, inputs, result, diff, link, notes, problems, reporting);
    }
  } catch (e) {
    // A bug in reporting must not cost the verdict or the annotations below.
    localWarnings.push(
      `layerguard: reporting failed part-way (${(e as Error).message}); the annotations below still list the findings.`,
    );
    core.debug(String((e as Error).stack ?? e));
  } finally {
    // 4. Annotations, and the one warning about what could not be posted.
    const warning = problems.warning(fork);
    const warnings = [...(warning ? [warning] : []), ...localWarnings];
    let hiddenNote: string | undefined;
    if (inputs.annotations) {
      const images = imageFiles(result);
      const plan = planAnnotations(result.findings, { warning: warnings.length }, images);
      for (const a of plan.annotations) core[a.level](a.message, a.properties);
      const hidden = [...plan.hidden.error, ...plan.hidden.warning, ...plan.hidden.info];
      if (hidden.length) {
        core.info(`${hidden.length} findings not shown as annotations (GitHub shows 10 per level per step):`);
        for (const f of hidden) core.info('  ' + logLine(f, images));
        const counts = (['error', 'warning', 'info'] as const)
          .filter((s) => plan.hidden[s].length)
          .map(
            (s) =>
              `${plan.hidden[s].length} ${s === 'info' ? 'info' : s + (plan.hidden[s].length === 1 ? '' : 's')}`,
          );
        hiddenNote = `${counts.join(', ')} not shown as annotations (GitHub shows only 10 per level per step); the findings above and the step log list them all.`;
      }
    }
    for (const w of warnings) core.warning(w);
    await appendJobSummary(env, reportingSection(reporting, warnings, hiddenNote, ctx));
    const s = result.summary;
    core.info(
      `layerguard: ${result.verdict}: ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${s.infos} info` +
        (s.suppressed ? `, ${s.suppressed} suppressed` : '') +
        (result.comparison
          ? `; ${comparisonLine(result.comparison)}, fail scope ${result.comparison.failScope}`
          : '') +
        ` (fails on ${result.failOn})`,
    );
  }
  return exitCode;
}

/**
 * A policy that cannot be used: one error annotation per problem, on the policy file's line when it
 * is a file of the repository, and the problems in the job summary. Anything else is a bug.
 */
async function reportConfigurationError(e: unknown, prefix: string, env: Env): Promise<void> {
  if (!(e instanceof PolicyError)) {
    core.setFailed(`layerguard: internal error: ${(e as Error).stack ?? e}`);
    return;
  }
  // Problem files are relative to the working directory, or `builtin:…`, `github:…`, `https://…`.
  const located = e.problems.map((p) => {
    const inRepo =
      !!p.file && !/^[a-z]+:/.test(p.file) && !path.isAbsolute(p.file) && !p.file.startsWith('../');
    return { ...p, file: inRepo ? path.posix.join(prefix, p.file!) : p.file, inRepo };
  });
  for (const p of located) {
    core.error(
      `layerguard: ${formatProblem(p)}`,
      p.inRepo
        ? { title: 'layerguard policy', file: p.file, startLine: p.line, startColumn: p.column }
        : { title: 'layerguard policy' },
    );
  }
  const what = `The policy has ${count(located.length, 'problem')}; nothing was checked.`;
  core.info(`layerguard: ${what}`);
  await writeJobSummary(
    env,
    [
      '## ❌ layerguard: configuration error',
      '',
      what,
      '',
      ...located.map((p) => `- ${code(formatProblem(p))}`),
      '',
    ].join('\n'),
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** GitHub keeps at most 1 MB of a step output. */
const MAX_FINDINGS_OUTPUT = 1000 * 1000;
const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

function setOutputs(result: CheckResult): void {
  core.setOutput('result', result.verdict);
  core.setOutput('errors', result.summary.errors);
  core.setOutput('warnings', result.summary.warnings);
  core.setOutput('notices', result.summary.infos);
  core.setOutput('findings', findingsOutput(result));
  if (result.comparison) {
    core.setOutput('new', result.comparison.new);
    core.setOutput('existing', result.comparison.existing);
  }
}

/** The findings as a JSON array; over 1 MB, the most severe that fit (the SARIF file has them all). */
function findingsOutput(result: CheckResult): string {
  const findings = JSON.parse(formatJson(result)).findings as { severity: string }[];
  const all = JSON.stringify(findings);
  if (all.length <= MAX_FINDINGS_OUTPUT) return all;
  const ranked = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const parts: string[] = [];
  let size = 2;
  for (const f of ranked) {
    const text = JSON.stringify(f);
    if (size + text.length + 1 > MAX_FINDINGS_OUTPUT) break;
    parts.push(text);
    size += text.length + 1;
  }
  core.info(
    `The findings output holds the ${parts.length} most severe of ${findings.length} findings (a step output is limited to 1 MB); the job summary and the SARIF file list every finding.`,
  );
  return `[${parts.join(',')}]`;
}

async function reportOnGithub(
  api: Octokit,
  ctx: RunContext,
  repo: { owner: string; repo: string },
  inputs: ActionInputs,
  result: CheckResult,
  diff: PullRequestDiff | undefined,
  link: (file: string, line: number, endLine: number) => string | undefined,
  notes: string[],
  problems: ApiProblems,
  reporting: Reporting,
): Promise<void> {
  const pr = ctx.pullRequest;
  if (inputs.checkRun) {
    if (!ctx.sha) reporting.skipped.push('no commit SHA in the environment: no check run');
    else {
      try {
        const summary = formatMarkdown(result, { link, notes, maxLength: 65535 });
        reporting.checkRun = await publishCheckRun(api, repo, ctx.sha, result, summary, ctx.runUrl);
        core.info(
          `Check run: ${reporting.checkRun.url ?? reporting.checkRun.id} (${reporting.checkRun.updates} updates)`,
        );
      } catch (e) {
        problems.add('creating the check run', e, 'checks: write');
      }
    }
  }
  if (!pr) {
    if (inputs.reviewComments || inputs.summaryComment) {
      reporting.skipped.push(
        `a \`${ctx.eventName || 'non-PR'}\` event has no pull request: no review or summary comment`,
      );
    }
    return;
  }
  if (inputs.reviewComments && diff) {
    try {
      const outcome = await publishReview(api, repo, pr, result, diff);
      reporting.review = outcome;
      if (outcome.error) problems.add('posting the review comments', outcome.error, 'pull-requests: write');
      if (outcome.deleteError)
        problems.add('deleting outdated review comments', outcome.deleteError, 'pull-requests: write');
      core.info(
        `Review comments: ${outcome.posted} posted, ${outcome.kept} kept, ${outcome.removed} outdated removed`,
      );
    } catch (e) {
      problems.add('listing the review comments', e, 'pull-requests: read');
    }
  }
  if (inputs.summaryComment) {
    try {
      const all = result.findings.filter((f) => !f.suppressed);
      const inline = reporting.review?.inline ?? new Set();
      const listed = reporting.review ? all.filter((f) => !inline.has(f)) : all;
      const commentNotes: string[] = [];
      if (inline.size) {
        commentNotes.push(
          `${inline.size} finding${inline.size === 1 ? ' is' : 's are'} commented on the changed lines; ` +
            (listed.length ? 'the others are listed here.' : 'there are none elsewhere.'),
        );
      }
      const links = [
        ...(reporting.checkRun?.url ? [`[check run](${reporting.checkRun.url})`] : []),
        ...(ctx.runUrl ? [`[workflow run and job summary](${ctx.runUrl})`] : []),
      ];
      if (reporting.review?.overflow) {
        commentNotes.push(
          `${reporting.review.overflow} more on changed lines are listed here rather than commented, to keep the review readable.`,
        );
      }
      if (links.length) commentNotes.push(`Details: ${links.join(' · ')}.`);
      const body = formatMarkdown(result, {
        link,
        notes: [...notes, ...commentNotes],
        listed,
        listedHeading: reporting.review ? 'Findings outside the diff' : 'Findings',
        maxLength: MAX_COMMENT,
        trailer: SUMMARY_MARKER,
      });
      reporting.comment = await upsertSummaryComment(
        api,
        repo,
        pr.number,
        body,
        all.length > 0 || result.verdict === 'fail',
      );
      core.info(
        `Summary comment: ${reporting.comment.action}${reporting.comment.url ? ` ${reporting.comment.url}` : ''}`,
      );
    } catch (e) {
      problems.add('updating the summary comment', e, 'pull-requests: write');
    }
  }
}

function reportingSection(
  r: Reporting,
  warnings: string[],
  hiddenNote: string | undefined,
  ctx: RunContext,
): string {
  const lines: string[] = [];
  if (r.checkRun) {
    const name = r.checkRun.url ? `[layerguard check run](${r.checkRun.url})` : 'layerguard check run';
    const omitted = r.checkRun.omitted ?? 0;
    lines.push(
      `- ${name} on \`${ctx.sha.slice(0, 7)}\`, ` +
        (omitted
          ? `the most severe findings as annotations (${omitted} more are listed here only: a check run carries at most 2,500).`
          : 'every finding as an annotation.'),
    );
  }
  if (r.review) {
    lines.push(
      `- Review comments: ${r.review.posted} new, ${r.review.kept} kept from earlier runs, ${r.review.removed} outdated removed` +
        (r.review.resolved ? `, ${r.review.resolved} marked resolved (they have replies)` : '') +
        '.',
    );
  }
  if (r.comment && r.comment.action !== 'skipped') {
    const name = r.comment.url ? `[summary comment](${r.comment.url})` : 'summary comment';
    lines.push(`- Pull-request ${name}: ${r.comment.action}.`);
  }
  for (const s of r.skipped) lines.push(`- Skipped: ${s}.`);
  if (hiddenNote) lines.push(`- Annotations: ${hiddenNote}`);
  for (const w of warnings) lines.push('', `> [!WARNING]`, `> ${w}`);
  return lines.length ? ['### On GitHub', '', ...lines, ''].join('\n') : '';
}

function summaryAvailable(env: Env): boolean {
  return !!env.GITHUB_STEP_SUMMARY;
}

async function writeJobSummary(env: Env, markdown: string): Promise<void> {
  if (!summaryAvailable(env)) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.info(`Could not write the job summary: ${(e as Error).message}`);
  } finally {
    core.summary.emptyBuffer();
  }
}

async function appendJobSummary(env: Env, markdown: string): Promise<void> {
  if (!markdown || !summaryAvailable(env)) return;
  try {
    await core.summary.addRaw('\n' + markdown).write();
  } catch (e) {
    core.info(`Could not write the job summary: ${(e as Error).message}`);
  } finally {
    core.summary.emptyBuffer();
  }
}
