/**
 * The pull request's base revision, for `fail-scope: new` (issue 13, item 3): findings are compared
 * with the files at `pull_request.base.sha`, read from the local repository.
 *
 * actions/checkout fetches one commit by default (the merge commit), so the base commit is usually
 * missing: it is then fetched with `git fetch --depth=1 origin <sha>` (one commit, no history, with the
 * credentials actions/checkout leaves in the repository). When that fails too (no `origin`, no
 * network, the workspace is not a git repository) the run says so in one warning and falls back to
 * `fail-scope: all`: failing on old findings is safer than passing on new ones.
 */
import type { FailScope } from '../engine/types.js';
import { BaseRevisionError, fetchCommit, GitRevision, isGitWorkTree } from '../engine/git.js';

export interface BaseSetup {
  failScope: FailScope;
  base?: GitRevision;
  /** Said in the comparison (job summary, summary comment). */
  notes: string[];
  /** One workflow warning, when the requested scope could not be honoured. */
  warning?: string;
}

export async function openPullRequestBase(
  cwd: string,
  requested: FailScope | undefined,
  baseSha: string | undefined,
  log: (line: string) => void,
): Promise<BaseSetup> {
  const failScope = requested ?? (baseSha !== undefined ? 'new' : 'all');
  if (baseSha === undefined) {
    return failScope === 'new'
      ? {
          failScope,
          notes: [
            '`fail-scope: new` compares with a pull request’s base: this run has none, so every finding is new.',
          ],
        }
      : { failScope, notes: [] };
  }
  const short = baseSha.slice(0, 7);
  let why: string;
  try {
    return { failScope, base: await GitRevision.open(cwd, baseSha), notes: [] };
  } catch (e) {
    if (!(e instanceof BaseRevisionError)) throw e;
    why = e.message;
  }
  if (await isGitWorkTree(cwd)) {
    log(
      `layerguard: the base commit ${short} is not in the checkout; fetching it (git fetch --depth=1 origin ${baseSha})`,
    );
    try {
      await fetchCommit(cwd, baseSha);
      return { failScope, base: await GitRevision.open(cwd, baseSha), notes: [] };
    } catch (e) {
      why = `the checkout does not have it and \`git fetch --depth=1 origin ${short}\` failed: ${(e as Error).message}`;
    }
  }
  const what = `layerguard could not read the pull request’s base commit ${short} (${why})`;
  if (failScope === 'all') return { failScope, notes: [`${what}; no finding is marked new or existing.`] };
  const warning =
    `${what}, so it cannot tell new findings from old ones: every finding counts (fail-scope all). ` +
    'Check out with actions/checkout (its credentials let layerguard fetch the base commit) or fetch-depth: 0.';
  return { failScope: 'all', notes: [warning], warning };
}
