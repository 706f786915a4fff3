/**
 * `builtin:hadolint` is a migration path: it behaves as hadolint does, option defaults included, where
 * `builtin:recommended` keeps layerguard's deliberate divergences (issue 14, item 2b).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { cli } from '../helpers/cli.js';
import { dedent } from '../helpers/rule-tester.js';

interface JsonFinding {
  ruleId: string;
  line: number;
}

async function findings(text: string, policy: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-hadolint-preset-'));
  writeFileSync(path.join(dir, 'Dockerfile'), text);
  const { stdout } = await cli(
    dir,
    'check',
    'Dockerfile',
    '--format',
    'json',
    '--policy',
    policy,
    '--shellcheck',
    'off',
  );
  return (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.line} ${f.ruleId}`).sort();
}

// A multi-stage build of the common shape: a builder stage with caches, a runtime stage without USER.
const MULTI_STAGE = dedent(`
  FROM python:3.12-slim AS build
  RUN pip install poetry==1.8.3 && yum install -y gcc-11.4.1
  RUN echo "abc123  poetry.tgz" | sha256sum -c
  USER builder
  FROM python:3.12-slim
  COPY --from=tonistiigi/xx:1.4.0 / /
  LABEL org.opencontainers.image.source="not a url" org.opencontainers.image.licenses="not spdx"
  CMD ["python", "-m", "app"]
`);

describe('builtin:hadolint', () => {
  it('uses hadolint option defaults where recommended diverges on purpose', async () => {
    const hadolint = await findings(MULTI_STAGE, 'builtin:hadolint');
    // hadolint checks cache cleanup in every stage (DL3032, DL3042), reports echo pipes (DL4006) and
    // every non-numeric USER (DL3066), and copies of a whole filesystem whatever the image (DL3067).
    expect(hadolint).toEqual(
      expect.arrayContaining([
        '2 dockerfile/pip-no-cache-dir',
        '2 dockerfile/yum-clean-all',
        '3 dockerfile/pipefail',
        '4 dockerfile/user-numeric',
        '6 dockerfile/copy-from-root',
      ]),
    );
    // DL3002 fires only on an explicit root USER; DL3052–DL3054 only with a configured label schema.
    expect(hadolint.filter((f) => /non-root-user|label-url|label-spdx/.test(f))).toEqual([]);
  });

  it('leaves recommended and strict with their own defaults', async () => {
    const recommended = await findings(MULTI_STAGE, 'builtin:recommended');
    expect(recommended).toEqual(expect.arrayContaining(['7 dockerfile/label-url']));
    // Recommended, too, reports only an explicit root USER (requireUser: false, for noise); strict asks
    // every final image for a USER.
    expect(recommended).not.toContain('5 dockerfile/non-root-user');
    expect(await findings(MULTI_STAGE, 'builtin:strict')).toContain('5 dockerfile/non-root-user');
    for (const id of ['pip-no-cache-dir', 'yum-clean-all', 'pipefail', 'copy-from-root']) {
      expect(recommended.filter((f) => f.endsWith(`dockerfile/${id}`))).toEqual([]);
    }
  });

  it('keeps a --hadolint-config label-schema over the preset label lists', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-hadolint-schema-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nLABEL website="not a url"\nUSER 10001\n');
    writeFileSync(path.join(dir, '.hadolint.yaml'), 'label-schema:\n  website: url\n');
    const { stdout } = await cli(
      dir,
      'check',
      'Dockerfile',
      '--format',
      'json',
      '--policy',
      'builtin:hadolint',
      '--hadolint-config',
      '.hadolint.yaml',
      '--shellcheck',
      'off',
    );
    const ids = (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.line} ${f.ruleId}`);
    expect(ids).toContain('2 dockerfile/label-url');
  });

  it('documents, on each rule page, how the two presets differ where the preset sets options', () => {
    const withOptions = RULES.filter((r) => r.hadolintOptions && Object.keys(r.hadolintOptions).length > 0);
    expect(withOptions.length).toBeGreaterThanOrEqual(10);
    for (const r of withOptions) {
      const page = readFileSync(r.docsPath, 'utf8');
      expect({ id: r.id, mentions: page.includes('builtin:hadolint') }).toEqual({ id: r.id, mentions: true });
      for (const key of Object.keys(r.hadolintOptions!)) expect(page).toContain(key);
    }
  });
});
