/**
 * The Action (action.yml -> dist/index.js). Order matters, so that no result is ever lost and nothing
 * waits on GitHub:
 *
 * 1. run the check (the PR's changed files first, when `only-changed` asks for them);
 * 2. always, before talking to GitHub: outputs, the SARIF file, the results file and the job summary;
 *    then the annotations, placed on the pull request's head commit (head.ts);
 * 3. with a token that may write, within one overall deadline (`api-deadline`): the check run (every
 *    finding, 50 annotations per request), review comments on the diff lines and the sticky summary
 *    comment — each on its own, so that one failing does not stop the others, and none of them can
 *    fail the step;
 * 4. always, last: at most one warning about GitHub calls that failed, naming the permission to add,
 *    and what was done on GitHub appended to the job summary (only what was really made).
 *
 * With `post-results` (the `workflow_run` half of the two-workflow pattern for forks) step 1 is
 * replaced by reading the results a `pull_request` run wrote (results.ts).
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
import { escapeData } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { code, formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { logLine, planAnnotations } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { CheckRunOutcome } from './check-run.js';
import { blobUrl, readRunContext } from './context.js';
import type { PullRequestInfo, RunContext } from './context.js';
import { LIST_FILES_CAP, localPullRequestFiles, PullRequestDiff } from './diff.js';
import { readHeadView, toHeadPositions } from './head.js';
import type { HeadView } from './head.js';
import type { ChangedFile } from './diff.js';
import { InputError, readInputs } from './inputs.js';
import type { ActionInputs } from './inputs.js';
import { ApiBudget, createOctokit } from './octokit.js';
import { openPullRequestBase } from './base.js';
import type { BaseSetup } from './base.js';
import { BaselineFileError, readBaseline } from '../engine/baseline.js';
import { comparisonLine } from '../engine/compare.js';
import type { Octokit } from './octokit.js';
import { ApiProblems } from './problems.js';
import { imageFiles, notOnHead, repoPrefix, toRepoView, toWorkingDirPaths } from './repo-view.js';
import { readResults, writeResults } from './results.js';
import { publishReview } from './review.js';
import type { Author, ReviewOutcome } from './review.js';
import { makeLinter } from './suggestions.js';
import type { Linter } from './suggestions.js';
import { MAX_COMMENT, summaryCommentBody, upsertSummaryComment } from './summary-comment.js';
import type { SummaryCommentOutcome } from './summary-comment.js';

type Env = Record<string, string | undefined>;

/** GitHub's limit on one step's job summary is 1 MiB; stay below it. */
const MAX_JOB_SUMMARY = 1000 * 1000;

interface Reporting {
  checkRun?: CheckRunOutcome;
  review?: ReviewOutcome;
  comment?: SummaryCommentOutcome;
  skipped: string[];
  /** Said in the job summary's "On GitHub" section (not warnings). */
  notes: string[];
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
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const budget = new ApiBudget();
  const api =
    inputs.token && ctx.owner && ctx.repo ? createOctokit(inputs.token, ctx.apiUrl, env, budget) : undefined;
  if (inputs.postResults) return postResults(inputs, ctx, api, problems, env);
  const pr = ctx.pullRequest;
  const notes: string[] = [];

  // 1. The PR's files, before the check only when `only-changed` needs them.
  let diff: PullRequestDiff | undefined;
  let diffNote: string | undefined;
  if (pr && api && inputs.onlyChanged) {
    budget.start(inputs.apiDeadline);
    ({ diff, note: diffNote } = await listPullRequestFiles(api, repo, pr, ctx.workspace, problems));
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
  let resolvedPolicy: ResolvedPolicy;
  let baseSetup: BaseSetup | undefined;
  try {
    resolvedPolicy = await loadPolicy({
      cwd,
      policy: inputs.policy,
      rules: RULES_BY_ID,
      githubToken: inputs.token || undefined,
      hadolintConfig: inputs.hadolintConfig,
      env,
      policyCacheDir: inputs.policyCache && path.resolve(ctx.workspace, inputs.policyCache),
    });
    for (const note of resolvedPolicy.notices ?? []) core.info(`layerguard: note: ${escapeData(note)}`);
    if (inputs.baseline && inputs.images.length === 0) {
      throw new InputError('input "baseline-image" compares with the `images`: give one');
    }
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
      platform: inputs.platform,
      baseline: inputs.baseline,
      containerInspect: inputs.containerInspect,
      shellcheck: inputs.shellcheck,
      githubToken: inputs.token || undefined,
      onlyFiles,
      failScope: baseSetup.failScope,
      base: baseSetup.base,
      debtBaseline,
      comparisonNotes: baseSetup.notes,
      imageDockerfiles: inputs.imageDockerfiles,
    });
  } catch (e) {
    if (e instanceof InputError || e instanceof BaselineFileError) {
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

  // Where the findings are on the pull request's head commit: local git first (no API call).
  let view: HeadView | undefined;
  if (pr) {
    view = await readHeadView({
      workspace: ctx.workspace,
      headSha: pr.headSha,
      checkedOutSha: ctx.checkedOutSha,
      sources: result.sources,
    });
  }
  // The job summary shows the checked-out files: link them at the checked-out commit when it differs.
  const linkCtx =
    view && view.how !== 'same-commit' && view.how !== 'not-a-git-checkout' && ctx.checkedOutSha
      ? { ...ctx, sha: ctx.checkedOutSha }
      : ctx;
  const localLink = (file: string, line: number, endLine: number) =>
    repoFiles.has(file) ? blobUrl(linkCtx, file, line, endLine) : undefined;
  const headLink = (file: string, line: number, endLine: number) =>
    repoFiles.has(file) ? blobUrl(ctx, file, line, endLine) : undefined;

  const reporting: Reporting = { skipped: [], notes: [] };
  const localWarnings: string[] = baseSetup?.warning ? [baseSetup.warning] : [];
  let onHead = result;
  let apiPhaseStarted = false;
  try {
    // 2. Always, before any API call: outputs, SARIF, results file, job summary.
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
    await writeJobSummary(
      env,
      formatMarkdown(result, { link: localLink, notes, maxLength: MAX_JOB_SUMMARY }),
    );

    // The head commit's positions: from the compare API when the clone lacks the head commit.
    if (view && view.how === 'unknown' && api) {
      // The API phase's one deadline starts here: this request and everything after it share it.
      budget.start(inputs.apiDeadline);
      apiPhaseStarted = true;
      view = await readHeadView({
        workspace: ctx.workspace,
        headSha: pr!.headSha,
        checkedOutSha: ctx.checkedOutSha,
        sources: result.sources,
        api,
        repo,
      });
    }
    if (view) {
      onHead = toHeadPositions(result, view);
      core.info(`layerguard: positions on the pull request’s head commit: ${HEAD_HOW[view.how]}`);
      if (view.note) reporting.notes.push(`Positions: ${view.note}`);
      const off = onHead.findings.filter((f) => notOnHead.has(f)).length;
      if (off) {
        reporting.notes.push(
          `${off} finding${off === 1 ? ' is' : 's are'} on lines the head commit does not have (the base branch’s changes in the checked-out merge commit): shown without a position on the pull request.`,
        );
      }
    }
    if (inputs.resultsFile && pr) {
      const file = path.resolve(cwd, inputs.resultsFile);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, writeResults(onHead, pr));
        core.setOutput('results-file', file);
        core.info(`Results for a later \`post-results\` written to ${file}`);
      } catch (e) {
        localWarnings.push(`layerguard could not write the results file ${file}: ${(e as Error).message}`);
      }
    }
  } catch (e) {
    localWarnings.push(
      `layerguard: reporting failed part-way (${(e as Error).message}); the annotations still list the findings.`,
    );
    core.debug(String((e as Error).stack ?? e));
  }

  // Annotations before the rest of the API work, one warning slot kept for what may fail there.
  const hiddenNote = inputs.annotations ? emitAnnotations(onHead, api ? 1 : 0) : undefined;

  try {
    // 3. On GitHub, where the token allows, within the deadline.
    if (!api) {
      reporting.skipped.push('no `github-token`: no check run or pull-request comments');
    } else {
      if (!apiPhaseStarted) budget.start(inputs.apiDeadline);
      if (pr && inputs.reviewComments && !diff) {
        ({ diff, note: diffNote } = await listPullRequestFiles(api, repo, pr, ctx.workspace, problems));
      }
      if (diffNote) reporting.notes.push(diffNote);
      const lint =
        view?.known !== false
          ? makeLinter({
              policy: resolvedPolicy,
              cwd,
              prefix,
              kinds: new Map(result.targets.map((t) => [t.file, t.kind])),
              shellcheck: inputs.shellcheck,
            })
          : undefined;
      await reportOnGithub(api, ctx, repo, inputs, onHead, diff, headLink, notes, problems, reporting, lint);
    }
  } catch (e) {
    // A bug in reporting must not cost the verdict.
    localWarnings.push(`layerguard: reporting on GitHub failed part-way (${(e as Error).message}).`);
    core.debug(String((e as Error).stack ?? e));
  } finally {
    // 4. The one warning about what could not be posted, and what was done.
    finish(inputs, ctx, result, problems, reporting, localWarnings, hiddenNote, env, budget);
  }
  await appendJobSummary(
    env,
    reportingSection(reporting, warningsOf(problems, ctx, localWarnings), hiddenNote, ctx),
  );
  return exitCode;
}

const HEAD_HOW: Record<HeadView['how'], string> = {
  'same-commit': 'the head commit is checked out',
  'not-a-git-checkout': 'the workspace is not a git checkout; positions are taken as they are',
  git: 'mapped from the checked-out commit through the local git diff',
  'compare-api': 'mapped from the checked-out commit through GitHub’s compare API',
  unknown: 'unknown',
};

function warningsOf(problems: ApiProblems, ctx: RunContext, localWarnings: string[]): string[] {
  const pr = ctx.pullRequest;
  const fork = !!pr?.headRepo && !!pr.baseRepo && pr.headRepo !== pr.baseRepo;
  const warning = problems.warning(fork);
  return [...(warning ? [warning] : []), ...localWarnings];
}

function finish(
  _inputs: ActionInputs,
  ctx: RunContext,
  result: CheckResult,
  problems: ApiProblems,
  _reporting: Reporting,
  localWarnings: string[],
  _hiddenNote: string | undefined,
  _env: Env,
  budget: ApiBudget,
): void {
  for (const w of warningsOf(problems, ctx, localWarnings)) core.warning(w);
  if (budget.requests) core.info(`layerguard: ${budget.requests} requests to the GitHub API`);
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

/** Workflow annotations, most severe first; returns the note on those GitHub would hide. */
function emitAnnotations(result: CheckResult, reservedWarnings: number): string | undefined {
  const images = imageFiles(result);
  const plan = planAnnotations(result.findings, { warning: reservedWarnings }, images);
  for (const a of plan.annotations) core[a.level](a.message, a.properties);
  const hidden = [...plan.hidden.error, ...plan.hidden.warning, ...plan.hidden.info];
  if (!hidden.length) return undefined;
  core.info(`${hidden.length} findings not shown as annotations (GitHub shows 10 per level per step):`);
  for (const f of hidden) core.info('  ' + logLine(f, images));
  const counts = (['error', 'warning', 'info'] as const)
    .filter((s) => plan.hidden[s].length)
    .map(
      (s) =>
        `${plan.hidden[s].length} ${s === 'info' ? 'info' : s + (plan.hidden[s].length === 1 ? '' : 's')}`,
    );
  return `${counts.join(', ')} not shown as annotations (GitHub shows only 10 per level per step); the findings above and the step log list them all.`;
}

/**
 * The pull request's files, from `pulls.listFiles`; beyond the 3,000 files GitHub lists, from the
 * local git diff between base and head (said in the log and the job summary).
 */
async function listPullRequestFiles(
  api: Octokit,
  repo: { owner: string; repo: string },
  pr: PullRequestInfo,
  workspace: string,
  problems: ApiProblems,
): Promise<{ diff?: PullRequestDiff; note?: string }> {
  let files: ChangedFile[];
  try {
    files = (await api.paginate(api.rest.pulls.listFiles, {
      ...repo,
      pull_number: pr.number,
      per_page: 100,
    })) as ChangedFile[];
    if (!Array.isArray(files)) throw new Error('GitHub answered listing the files with something not a list');
  } catch (e) {
    problems.add('listing the pull request’s files', e, 'pull-requests: read');
    return {};
  }
  const total = pr.changedFiles ?? 0;
  if (files.length < LIST_FILES_CAP && total <= files.length) return { diff: new PullRequestDiff(files) };
  const shown = total
    ? `${total.toLocaleString('en')} files`
    : `at least ${LIST_FILES_CAP.toLocaleString('en')} files`;
  const local = pr.baseSha ? await localPullRequestFiles(workspace, pr.baseSha, pr.headSha) : undefined;
  if (local) {
    const note = `The pull request changes ${shown}, more than the ${LIST_FILES_CAP.toLocaleString('en')} GitHub lists: its files were read from the local git diff between base and head (${local.length} files).`;
    core.info(`layerguard: ${note}`);
    return { diff: new PullRequestDiff(local), note };
  }
  const note = `The pull request changes ${shown}, more than the ${LIST_FILES_CAP.toLocaleString('en')} GitHub lists, and the clone lacks the base or head commit for a local diff (use \`fetch-depth: 0\`): only the first ${files.length} files are known, so findings in the others are listed in the summary comment, not commented inline.`;
  core.warning(`layerguard: ${note}`);
  return { diff: new PullRequestDiff(files), note };
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
  // `infos` is the name the JSON summary uses; `notices` (the annotation level) is kept for old workflows.
  core.setOutput('infos', result.summary.infos);
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
  lint: Linter | undefined,
): Promise<void> {
  const pr = ctx.pullRequest;
  if (inputs.checkRun) {
    if (!ctx.sha) reporting.skipped.push('no commit SHA in the environment: no check run');
    else {
      try {
        const summary = formatMarkdown(result, { link, notes, maxLength: 65535 });
        reporting.checkRun = await publishCheckRun(
          api,
          repo,
          ctx.sha,
          result,
          summary,
          ctx.runUrl,
          ctx.runKey,
        );
        core.info(
          `Check run: ${reporting.checkRun.url ?? `#${reporting.checkRun.id}`} (${reporting.checkRun.updates} updates)`,
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
  const author = inputs.reviewComments || inputs.summaryComment ? await whoAmI(api) : {};
  if (inputs.reviewComments && diff) {
    try {
      const outcome = await publishReview(api, repo, pr, result, diff, {
        commentLevel: inputs.commentLevel,
        maxComments: inputs.maxComments,
        author,
        lint,
        runKey: ctx.runKey,
      });
      reporting.review = outcome;
      if (outcome.error) problems.add('posting the review comments', outcome.error, 'pull-requests: write');
      if (outcome.deleteError)
        problems.add('deleting outdated review comments', outcome.deleteError, 'pull-requests: write');
      if (outcome.refused?.length) {
        problems.add(
          'posting some review comments',
          Object.assign(
            new Error(
              `GitHub refused ${outcome.refused.length} of them (422); the review was posted without them and the summary comment lists them`,
            ),
            { status: 422 },
          ),
        );
      }
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
      const r = reporting.review;
      if (r?.belowLevel) {
        commentNotes.push(
          `${r.belowLevel} below \`comment-level: ${inputs.commentLevel}\` ${r.belowLevel === 1 ? 'is' : 'are'} listed here rather than commented.`,
        );
      }
      if (r?.overflow) {
        commentNotes.push(
          `${r.overflow} more on changed lines ${r.overflow === 1 ? 'is' : 'are'} listed here rather than commented (\`max-comments: ${inputs.maxComments}\`), to keep the review readable.`,
        );
      }
      if (r?.refused?.length) {
        commentNotes.push(
          `GitHub refused the comments of ${r.refused.length} finding${r.refused.length === 1 ? '' : 's'}: ${r.refused
            .slice(0, 10)
            .map((f) => code(`${f.file}:${f.line} ${f.ruleId}`))
            .join(', ')}${r.refused.length > 10 ? ', …' : ''}.`,
        );
      }
      for (const n of reporting.notes) commentNotes.push(n);
      const links = [
        ...(reporting.checkRun?.url ? [`[check run](${reporting.checkRun.url})`] : []),
        ...(ctx.runUrl ? [`[workflow run and job summary](${ctx.runUrl})`] : []),
      ];
      if (links.length) commentNotes.push(`Details: ${links.join(' · ')}.`);
      const body = summaryCommentBody(result, {
        link,
        notes: [...notes, ...commentNotes],
        listed,
        heading: reporting.review ? 'Findings outside the diff' : 'Findings',
        maxLength: MAX_COMMENT,
      });
      reporting.comment = await upsertSummaryComment(
        api,
        repo,
        pr.number,
        body,
        all.length > 0 || result.verdict === 'fail',
        author,
      );
      core.info(
        `Summary comment: ${reporting.comment.action}${reporting.comment.url ? ` ${reporting.comment.url}` : ''}`,
      );
    } catch (e) {
      problems.add('updating the summary comment', e, 'pull-requests: write');
    }
  }
}

/**
 * The token's login, to recognise the Action's own comments. The GITHUB_TOKEN and GitHub App tokens
 * may not ask (403): then comments by bot accounts count as the Action's, never a person's.
 */
async function whoAmI(api: Octokit): Promise<Author> {
  try {
    const { data } = await api.rest.users.getAuthenticated();
    return typeof data?.login === 'string' ? { login: data.login } : {};
  } catch {
    return {};
  }
}

/**
 * The `workflow_run` half of the two-workflow pattern: post the results a `pull_request` run wrote,
 * after checking with GitHub that its pull request is the one whose head the event names.
 */
async function postResults(
  inputs: ActionInputs,
  ctx: RunContext,
  api: Octokit | undefined,
  problems: ApiProblems,
  env: Env,
): Promise<number> {
  let read: ReturnType<typeof readResults>;
  try {
    read = readResults(path.resolve(ctx.workspace, inputs.workingDirectory, inputs.postResults!));
  } catch (e) {
    core.setFailed(`layerguard: ${(e as Error).message}`);
    return 2;
  }
  const { result, pullRequest } = read;
  setOutputs(result);
  const exitCode = result.verdict === 'pass' ? 0 : 1;
  if (!api) {
    core.setFailed('layerguard: `post-results` needs a `github-token` that may write');
    return 2;
  }
  const repo = { owner: ctx.owner, repo: ctx.repo };
  api.budget.start(inputs.apiDeadline);
  // The file comes from the fork's run: trust GitHub, not it, about which pull request this is.
  try {
    if (ctx.workflowRunHeadSha && ctx.workflowRunHeadSha !== pullRequest.headSha) {
      throw new Error(
        `the results are for commit ${pullRequest.headSha.slice(0, 7)}, but this workflow_run is for ${ctx.workflowRunHeadSha.slice(0, 7)}`,
      );
    }
    const { data } = await api.rest.pulls.get({ ...repo, pull_number: pullRequest.number });
    if (data?.head?.sha !== pullRequest.headSha) {
      throw new Error(
        `pull request #${pullRequest.number}'s head is not ${pullRequest.headSha.slice(0, 7)} (the results are outdated or not for it)`,
      );
    }
  } catch (e) {
    core.setFailed(`layerguard: not posting the results: ${(e as Error).message}`);
    return 2;
  }
  const postCtx: RunContext = {
    ...ctx,
    sha: pullRequest.headSha,
    pullRequest: { number: pullRequest.number, headSha: pullRequest.headSha },
  };
  const reporting: Reporting = { skipped: [], notes: [] };
  const localWarnings: string[] = [];
  const repoFiles = new Set(result.targets.filter((t) => t.kind !== 'image').map((t) => t.file));
  const link = (file: string, line: number, endLine: number) =>
    repoFiles.has(file) ? blobUrl(postCtx, file, line, endLine) : undefined;
  await writeJobSummary(env, formatMarkdown(result, { link, maxLength: MAX_JOB_SUMMARY }));
  try {
    let diff: PullRequestDiff | undefined;
    if (inputs.reviewComments) {
      ({ diff } = await listPullRequestFiles(api, repo, postCtx.pullRequest!, ctx.workspace, problems));
    }
    await reportOnGithub(api, postCtx, repo, inputs, result, diff, link, [], problems, reporting, undefined);
  } catch (e) {
    localWarnings.push(`layerguard: reporting on GitHub failed part-way (${(e as Error).message}).`);
  }
  finish(inputs, postCtx, result, problems, reporting, localWarnings, undefined, env, api.budget);
  await appendJobSummary(
    env,
    reportingSection(reporting, warningsOf(problems, postCtx, localWarnings), undefined, postCtx),
  );
  return exitCode;
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
  for (const n of r.notes) lines.push(`- ${n}`);
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
