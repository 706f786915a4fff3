/**
 * SARIF that code scanning keeps apart (issue 13, item 5): a descriptor for every rule id reported
 * (ShellCheck's and the policy's custom rules included) with help and a full description, security
 * severity on security rules, and image findings located at a repository path, never a runner path.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli.js';
import { layerTar, legacyArchive } from '../image/helpers.js';
import { RULES } from '../../src/rules/index.js';
import { onlyRulesPolicy } from '../helpers/git.js';

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-sarif-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

const policy = onlyRulesPolicy;

async function sarifOf(dir: string, ...args: string[]) {
  const run = await cli(dir, 'check', '--format', 'sarif', ...args);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).runs[0];
}

describe('SARIF rule descriptors', () => {
  (hasShellcheck ? it : it.skip)(
    'describe every rule id reported, ShellCheck and custom rules included; security rules carry a severity',
    async () => {
      const dir = workspace({
        '.layerguard.yml': policy(
          {
            'dockerfile/shellcheck': 'warning',
            'dockerfile/secrets-in-arg-env': 'error',
            'dockerfile/pip-no-cache-dir': 'warning',
          },
          [
            'customRules:',
            '  - id: custom/no-add',
            '    kind: instruction',
            '    instruction: ADD',
            '    severity: warning',
            '    message: use COPY rather than ADD for local files',
          ].join('\n') + '\n',
        ),
        Dockerfile: [
          'FROM python:3.12-slim',
          'ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          'ADD app.py /app.py',
          'RUN pip install flask==3.0.0 && echo $1',
          'USER app',
        ].join('\n'),
      });
      const run = await sarifOf(dir, '--shellcheck', 'on');
      const rules = run.tool.driver.rules;
      const ids = new Set(run.results.map((r: any) => r.ruleId));
      expect(ids).toEqual(
        new Set([
          'dockerfile/secrets-in-arg-env',
          'custom/no-add',
          'dockerfile/pip-no-cache-dir',
          expect.stringMatching(/^shellcheck\/SC\d+$/),
        ]),
      );
      for (const result of run.results) {
        const d = rules[result.ruleIndex];
        expect(d.id).toBe(result.ruleId);
        expect(d.shortDescription.text.length).toBeGreaterThan(5);
        expect(d.fullDescription.text.length).toBeGreaterThan(10);
        expect(d.help.text.length).toBeGreaterThan(10);
        expect(d.help.markdown.length).toBeGreaterThan(10);
      }
      const sc = rules.find((d: any) => d.id.startsWith('shellcheck/'));
      expect(sc.helpUri).toBe(`https://www.shellcheck.net/wiki/${sc.id.slice('shellcheck/'.length)}`);
      const secret = rules.find((d: any) => d.id === 'dockerfile/secrets-in-arg-env');
      expect(secret.properties.tags).toContain('security');
      expect(Number(secret.properties['security-severity'])).toBeGreaterThanOrEqual(7);
      const pip = rules.find((d: any) => d.id === 'dockerfile/pip-no-cache-dir');
      expect(pip.properties.tags).not.toContain('security');
      expect(pip.properties['security-severity']).toBeUndefined();
      expect(rules.find((d: any) => d.id === 'custom/no-add').fullDescription.text).toBe(
        'use COPY rather than ADD for local files',
      );
      // Every registry rule that says it is about security is tagged so, with a score in range.
      for (const r of RULES.filter((x) => x.securitySeverity !== undefined)) {
        expect(r.securitySeverity).toBeGreaterThan(0);
        expect(r.securitySeverity).toBeLessThanOrEqual(10);
      }
      expect(RULES.some((r) => r.id === 'runtime/privileged' && r.securitySeverity! >= 9)).toBe(true);
    },
  );
});

describe('SARIF locations of image findings', () => {
  // A setuid file made by a RUN (BuildKit's history form), in an image that runs as root.
  const tar = legacyArchive([
    {
      layers: [
        layerTar([
          { path: 'usr/', type: 'dir' },
          { path: 'usr/local/', type: 'dir' },
          { path: 'usr/local/bin/', type: 'dir' },
          { path: 'usr/local/bin/tool', content: 'x', mode: 0o755 },
        ]),
        layerTar([{ path: 'usr/local/bin/tool', content: 'x', mode: 0o4755 }]),
      ],
      config: { User: '' },
      history: [
        { created_by: 'COPY tool /usr/local/bin/tool # buildkit' },
        { created_by: 'RUN /bin/sh -c chmod 4755 /usr/local/bin/tool # buildkit' },
      ],
      tags: ['acme/tool:1'],
    },
  ]);
  const DOCKERFILE = [
    'FROM debian:12 AS build',
    'RUN echo build',
    'FROM scratch',
    'COPY tool /usr/local/bin/tool',
    'RUN chmod 4755 /usr/local/bin/tool',
  ].join('\n');
  const POLICY = policy({ 'image/setuid-files': 'warning', 'image/non-root-user': 'error' });
  /** The archive at an absolute path outside the working directory, as on a runner (/tmp/…/app.tar). */
  function archive(): string {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lg-runner-')), 'app.tar');
    writeFileSync(file, tar);
    return file;
  }
  const where = (r: any) => [
    r.ruleId,
    r.locations[0].physicalLocation.artifactLocation.uri,
    r.locations[0].physicalLocation.region.startLine,
  ];

  it('finds the Dockerfile by matching the history with the checked instructions', async () => {
    const dir = workspace({ '.layerguard.yml': POLICY, 'docker/Dockerfile': DOCKERFILE });
    const image = archive();
    const run = await sarifOf(dir, 'docker', '--image', image);
    expect(run.results.map(where)).toEqual([
      ['image/non-root-user', 'docker/Dockerfile', 3],
      ['image/setuid-files', 'docker/Dockerfile', 5],
    ]);
    expect(run.results[0].message.text).toMatch(new RegExp(`^Image ${image.replace(/[.]/g, '\\.')}: `));
    expect(JSON.stringify(run.results)).not.toContain(`"uri":"${image}"`);
  });

  it('uses the Dockerfile paired with --image-dockerfile, even when it is not checked', async () => {
    const dir = workspace({ '.layerguard.yml': POLICY, 'build/Containerfile': DOCKERFILE });
    const image = archive();
    const run = await sarifOf(dir, '--image', image, '--image-dockerfile', `${image}=build/Containerfile`);
    expect(run.results.map(where)).toEqual([
      ['image/non-root-user', 'build/Containerfile', 3],
      ['image/setuid-files', 'build/Containerfile', 5],
    ]);
    const json = JSON.parse(
      (
        await cli(
          dir,
          'check',
          '--format',
          'json',
          '--image',
          image,
          '--image-dockerfile',
          `${image}=build/Containerfile`,
        )
      ).stdout,
    );
    expect(json.findings.map((f: any) => [f.file, f.source?.file, f.source?.line])).toEqual([
      [image, 'build/Containerfile', 3],
      [image, 'build/Containerfile', 5],
    ]);
    const bad = await cli(dir, 'check', '--image', image, '--image-dockerfile', 'other.tar=Dockerfile');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--image-dockerfile names "other.tar", which is not one of the --image inputs',
    );
  });

  it('without a Dockerfile, never an absolute runner path: the image’s file name', async () => {
    const dir = workspace({ '.layerguard.yml': POLICY });
    const image = archive();
    const run = await sarifOf(dir, '--image', image);
    expect(run.results.map(where)).toEqual([
      ['image/non-root-user', 'app.tar', 1],
      ['image/setuid-files', 'app.tar', 1],
    ]);
    const fps = run.results.map((r: any) => r.partialFingerprints['layerguard/v2']);
    // The same image read from another runner folder gets the same fingerprints.
    const again = await sarifOf(dir, '--image', archive());
    expect(again.results.map((r: any) => r.partialFingerprints['layerguard/v2'])).toEqual(fps);
  });
});
