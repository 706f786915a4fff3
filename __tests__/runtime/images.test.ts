/**
 * The images a run configuration names go through the same base-image rules as FROM, with the same
 * policy setting: compose `image:`, `docker run IMAGE`, workflow job and service containers.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-images-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const POLICY = `extends: []
rules:
  dockerfile/trusted-registries:
    options: { registries: [ghcr.io/acme, docker.io/library] }
  dockerfile/denied-base-images:
    options: { images: [{ pattern: 'node:16*', reason: Node.js 16 is end-of-life }] }
  dockerfile/base-image-digest:
    severity: info
    options: { ignore: ['ghcr.io/acme/*'] }
`;

const COMPOSE = `services:
  web:
    image: nginx:latest
    restart: always
  cache:
    image: redis
  legacy:
    image: node:16-alpine
  vendor:
    image: quay.io/vendor/agent:2.1
  app:
    build: .
    image: myapp
  templated:
    image: "{{ .Values.image }}"
  variable:
    image: \${IMAGE}
  ours:
    image: ghcr.io/acme/api:1.2
`;

const WORKFLOW = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:latest
    services:
      db:
        image: quay.io/vendor/db:3
    steps:
      - run: docker run --rm busybox echo hi
      - run: docker run --rm \${{ matrix.image }} echo hi
`;

async function findings(files: Record<string, string>) {
  const dir = workspace({ '.layerguard.yml': POLICY, ...files });
  const r = await cli(dir, 'check', '--format', 'json', '--shellcheck', 'off', '--fail-on', 'none');
  const out = JSON.parse(r.stdout) as {
    findings: {
      file: string;
      line: number;
      ruleId: string;
      context?: { service?: string };
      message: string;
    }[];
  };
  const baseImageRules = /^dockerfile\/(base-image-|trusted-registries|denied-base-images)/;
  return out.findings.filter((f) => baseImageRules.test(f.ruleId));
}

describe('run-configuration images under the base-image rules', () => {
  it('compose image: latest, untagged, denied, untrusted and unpinned, skipping built, templated and variable images', async () => {
    const f = await findings({ 'compose.yaml': COMPOSE, Dockerfile: 'FROM node:16-alpine\nUSER 1\n' });
    const got = f.map((x) => `${x.file}:${x.line} ${x.ruleId}`).sort();
    expect(got).toEqual(
      [
        'Dockerfile:1 dockerfile/base-image-digest',
        'Dockerfile:1 dockerfile/denied-base-images',
        'Dockerfile:1 dockerfile/base-image-eol',
        'compose.yaml:8 dockerfile/base-image-eol',
        'compose.yaml:3 dockerfile/base-image-digest',
        'compose.yaml:3 dockerfile/base-image-latest',
        'compose.yaml:6 dockerfile/base-image-digest',
        'compose.yaml:6 dockerfile/base-image-untagged',
        'compose.yaml:8 dockerfile/base-image-digest',
        'compose.yaml:8 dockerfile/denied-base-images',
        'compose.yaml:10 dockerfile/base-image-digest',
        'compose.yaml:10 dockerfile/trusted-registries',
      ].sort(),
    );
    const compose = f.filter((x) => x.file === 'compose.yaml');
    expect(compose.find((x) => x.line === 3)?.context?.service).toBe('web');
    const msg = (rule: string, line: number) =>
      compose.find((x) => x.ruleId === rule && x.line === line)!.message;
    expect(msg('dockerfile/base-image-latest', 3)).toMatch(
      /^Service "web" runs nginx:latest, which uses the mutable "latest" tag/,
    );
    expect(msg('dockerfile/denied-base-images', 8)).toContain('"Node.js 16 is end-of-life"');
    expect(msg('dockerfile/trusted-registries', 10)).toContain(
      'which comes from quay.io, which is not a trusted registry',
    );
  });

  it('workflow job and service containers and docker run lines in steps', async () => {
    const f = await findings({ '.github/workflows/ci.yml': WORKFLOW });
    const got = f
      .filter((x) => x.ruleId !== 'dockerfile/base-image-digest')
      .map((x) => `${x.line} ${x.ruleId}`)
      .sort();
    expect(got).toEqual(
      [
        '5 dockerfile/base-image-latest',
        '8 dockerfile/trusted-registries',
        '10 dockerfile/base-image-untagged',
      ].sort(),
    );
  });

  it('turning a rule off turns it off for FROM and run configuration alike', async () => {
    const dir = workspace({
      '.layerguard.yml': 'extends: []\nrules:\n  dockerfile/base-image-latest: off\n',
      'compose.yaml': 'services:\n  web:\n    image: nginx:latest\n',
      Dockerfile: 'FROM nginx:latest\n',
    });
    const r = await cli(dir, 'check', '--format', 'json', '--shellcheck', 'off', '--fail-on', 'none');
    expect(JSON.parse(r.stdout).findings.map((x: { ruleId: string }) => x.ruleId)).not.toContain(
      'dockerfile/base-image-latest',
    );
  });
});
