/**
 * `layerguard --help` and `--version`: answered without loading the commands (the launcher,
 * src/cli/launcher.ts, calls this before it starts the bundle), and by `run` in main.ts.
 */
import { DEFAULT_BASELINE_FILE } from '../engine/baseline-file.js';
import type { Io } from './io.js';
import { VERSION } from '../version.js';

export const HELP = `layerguard ${VERSION}: check container builds against a YAML policy

Usage:
  layerguard check [PATH|GLOB|-]... check Dockerfiles, compose files, Kubernetes manifests… (default:
                                    the current folder; - reads standard input, e.g. from
                                    helm template or kustomize build)
      --stdin-name NAME             the file name standard input is reported under and matched
                                    against policy overrides by (default <stdin>)
      --policy FILE                 policy file or builtin:<name> (default: .github/layerguard.yml,
                                    .layerguard.yml, layerguard.yml, else builtin:recommended)
      --format text|json|sarif|github|markdown
      --fail-on error|warning|info|none
      --no-color
      --image REF                   also check a built image (repeatable): docker save tar, OCI
                                    layout or archive, inspect JSON, buildx metadata, a name (local
                                    daemon), docker://HOST/REPO:TAG (a registry, no daemon), or
                                    docker-archive:, oci-archive:, oci: PATH[:NAME]
      --platform OS/ARCH|all        platform of multi-platform images (registry default linux/amd64)
      --baseline REF                compare the images with this one (files, packages, size, layers)
      --container-inspect FILE      check \`docker container inspect\` JSON (repeatable)
      --github-token TOKEN          token for github: policy extends (default: $GITHUB_TOKEN)
      --policy-cache DIR            cache of fetched remote policies (default: $LAYERGUARD_CACHE_DIR,
                                    $RUNNER_TOOL_CACHE/layerguard, ~/.cache/layerguard)
      --shellcheck auto|on|off      check RUN scripts with ShellCheck: when it is on PATH (auto, the
                                    default), always (a missing binary is an error), or never
      --hadolint-config FILE        also apply a .hadolint.yaml (ignored, override, trustedRegistries,
                                    label-schema, failure-threshold), merged over the policy
      --image-dockerfile IMAGE=FILE the Dockerfile an --image was built from (repeatable): SARIF and
                                    reports place the image's findings on its instructions
      --jobs N                      threads that check files (default: 1; one per two cores, at most 4,
                                    for 200+ files on 4+ cores; also LAYERGUARD_JOBS)
      --base REV                    compare with the git revision REV (e.g. origin/main): a finding
                                    is new unless the same finding is in the file at REV
      --fail-scope new|all          fail on new findings only, or on all (default: new with --base,
                                    else all)
      --baseline-file FILE          known debt, never failing (default: ${DEFAULT_BASELINE_FILE}
                                    when it exists); --no-baseline-file ignores it
  layerguard baseline [PATH|GLOB]... [check options] [--output FILE]
                                    write today's findings as known debt (default ${DEFAULT_BASELINE_FILE})
  layerguard lock [--update] [--policy FILE] [--policy-cache DIR]
                                    lock the remote extends (github: at a commit, each content by
                                    sha256) in layerguard.lock.json beside the policy; --update
                                    moves them forward. check then reads exactly those versions
  layerguard rules [--format text|json|markdown] [--policy FILE]
                                    list every rule with its severity under the policy (default:
                                    the one check would use)
  layerguard print-policy [--explain] [--policy FILE] [--format yaml|json] [--hadolint-config FILE]
                                    print the merged effective policy; --explain adds the file:line
                                    each value comes from
  layerguard init [--from-hadolint [FILE]] [--output FILE|-] [--force]
                                    write a commented starter policy (default .layerguard.yml),
                                    optionally converted from a .hadolint.yaml
  layerguard verify [PATH]... [--format text|json|github]
                                    run the policy's tests (layerguard.test.yml, *.layerguard.test.yml):
                                    expected findings, silent rules and verdicts, as a readable diff
  layerguard report FILE|FOLDER... [--format markdown|json] [--current github:ORG/REPO/PATH@REF]
                                    merge many repositories' JSON (or SARIF) results into one fleet
                                    report: verdicts, noisiest rules, exceptions by expiry, locked
                                    rules, policy versions (behind --current)
  layerguard --version

Exit status: 0 pass, 1 policy failure, 2 usage or configuration error.
`;

/** Prints the help text or the version when `argv` asks for it and returns the exit status; else undefined. */
export function helpOrVersion(argv: readonly string[], io: Pick<Io, 'stdout'>): number | undefined {
  const command = argv[0];
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    case '-v':
    case '--version':
      io.stdout(VERSION + '\n');
      return 0;
    default:
      return undefined;
  }
}
