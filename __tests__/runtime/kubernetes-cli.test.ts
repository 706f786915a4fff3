/**
 * Kubernetes manifests through the CLI: discovery in a repository (templates and non-workload files
 * skipped), standard input (`helm template … | layerguard check -`), and the Pod Security presets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, cliWithStdin as withStdin } from '../helpers/cli.js';
import { dedent } from './helpers.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-k8s-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const DEPLOYMENT = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      spec:
        hostNetwork: true
        containers:
          - name: app
            image: nginx:1.27
            resources:
              limits: {memory: 256Mi}
            securityContext:
              privileged: true
          - name: sidecar
            image: envoy:1
            resources:
              limits: {memory: 128Mi}
`);

const HELM = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  containers: []\n';
const CRD = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n';

/** A pod that passes the restricted Pod Security Standard. */
const RESTRICTED = dedent(`
  apiVersion: v1
  kind: Pod
  metadata: {name: ok}
  spec:
    securityContext:
      runAsNonRoot: true
      seccompProfile: {type: RuntimeDefault}
    containers:
      - name: app
        image: app:1.0
        resources:
          limits: {memory: 256Mi}
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
            add: [NET_BIND_SERVICE]
        volumeMounts:
          - {name: tmp, mountPath: /tmp}
    volumes:
      - name: tmp
        emptyDir: {}
`);

describe('Kubernetes manifests in a repository', () => {
  it('finds manifests among YAML files, reports per container and notes skipped templates', async () => {
    const dir = workspace({
      'k8s/web.yaml': DEPLOYMENT,
      'k8s/crd.yml': CRD,
      'chart/templates/pod.yaml': HELM,
      'config/settings.yaml': 'name: x\nitems: [1, 2]\n',
    });
    const text = await cli(dir, 'check', '--no-color');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /8:7 +error +hostNetwork: true puts the container in the host's network namespace.* \[Deployment web, container app\] +runtime\/host-namespaces/,
    );
    expect(text.stdout).toMatch(
      /15:13 +error +securityContext\.privileged: true .*\[Deployment web, container app\]/,
    );
    // The pod-level setting is one finding, not one per container.
    expect(text.stdout.match(/runtime\/host-namespaces/g)).toHaveLength(1);
    expect(text.stdout).toMatch(
      /note: chart\/templates\/pod\.yaml: not checked: it holds template syntax .*line 4/,
    );
    expect(text.stdout).not.toMatch(/crd\.yml/);
    expect(text.stdout).toMatch(/in 3 targets/);

    const json = JSON.parse((await cli(dir, 'check', '--format', 'json')).stdout);
    const crd = json.targets.find((t: { file: string }) => t.file === 'k8s/crd.yml');
    expect(crd.stats).toMatchObject({ format: 'kubernetes', containers: 0, quiet: true });
    expect(json.targets.map((t: { file: string }) => t.file)).not.toContain('config/settings.yaml');
  });
});

describe('check - (standard input)', () => {
  it('reads a rendered stream under --stdin-name, with policy overrides matching that name', async () => {
    const dir = workspace({
      '.layerguard.yml':
        'overrides:\n  - files: ["rendered/**"]\n    rules:\n      runtime/privileged: warning\n',
    });
    const stream = `${CRD}---\n${DEPLOYMENT}`;
    const r = await withStdin(
      dir,
      stream,
      'check',
      '-',
      '--stdin-name',
      'rendered/all.yaml',
      '--format',
      'json',
    );
    const out = JSON.parse(r.stdout);
    expect(
      out.findings.map((f: { file: string; ruleId: string; severity: string; line: number }) => [
        f.file,
        f.ruleId,
        f.severity,
        f.line,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['rendered/all.yaml', 'runtime/host-namespaces', 'error', 12],
        ['rendered/all.yaml', 'runtime/privileged', 'warning', 19],
      ]),
    );
    // Only standard input was checked, not the working directory.
    expect(out.targets.map((t: { file: string }) => t.file)).toEqual(['rendered/all.yaml']);
  });

  it('takes a Dockerfile on standard input too, and names it <stdin> by default', async () => {
    const dir = workspace({});
    const r = await withStdin(dir, 'FROM alpine:latest\n', 'check', '-', '--format', 'json');
    const out = JSON.parse(r.stdout);
    expect(
      out.findings.some(
        (f: { file: string; ruleId: string }) =>
          f.file === '<stdin>' && f.ruleId === 'dockerfile/base-image-latest',
      ),
    ).toBe(true);
  });

  it('rejects --stdin-name without -', async () => {
    const r = await withStdin(workspace({}), '', 'check', '--stdin-name', 'x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--stdin-name names standard input: give - /);
  });

  it('reads the real standard input of the command', () => {
    const dir = workspace({});
    const cliPath = path.join(process.cwd(), 'src', 'cli.ts');
    const tsx = pathToFileURL(path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const r = spawnSync(process.execPath, ['--import', tsx, cliPath, 'check', '-', '--no-color'], {
      cwd: dir,
      input: DEPLOYMENT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>$/m);
    expect(r.stdout).toMatch(/runtime\/privileged/);
  });
});

describe('Pod Security Standards presets', () => {
  it('restricted passes a compliant pod', async () => {
    const dir = workspace({ 'pod.yaml': RESTRICTED });
    const r = await cli(dir, 'check', '--policy', 'builtin:pod-security-restricted', '--format', 'json');
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('baseline reports each baseline control, and restricted adds its own', async () => {
    const bad = dedent(`
      apiVersion: v1
      kind: Pod
      metadata: {name: bad}
      spec:
        hostPID: true
        securityContext:
          sysctls: [{name: kernel.msgmax, value: "1"}]
          seLinuxOptions: {type: spc_t}
        containers:
          - name: app
            image: app:1.0
            resources: {limits: {memory: 64Mi}}
            ports: [{containerPort: 80, hostPort: 80}]
            securityContext:
              privileged: true
              procMount: Unmasked
              seccompProfile: {type: Unconfined}
              capabilities: {add: [NET_RAW, SYS_TIME]}
            volumeMounts: [{name: host, mountPath: /host}]
        volumes:
          - name: host
            hostPath: {path: /opt}
    `);
    const dir = workspace({ 'pod.yaml': bad });
    const rulesAt = async (policy: string) => {
      const out = JSON.parse((await cli(dir, 'check', '--policy', policy, '--format', 'json')).stdout);
      return [
        ...new Set<string>(
          out.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`),
        ),
      ].sort();
    };
    const baseline = await rulesAt('builtin:pod-security-baseline');
    expect(baseline).toEqual(
      expect.arrayContaining([
        'runtime/host-namespaces@5',
        'runtime/sysctls@7',
        'runtime/security-opt@8',
        'runtime/host-ports@13',
        'runtime/privileged@15',
        'runtime/security-opt@16',
        'runtime/security-opt@17',
        'runtime/capabilities@18',
        'runtime/host-path@22',
      ]),
    );
    // NET_RAW is in the baseline list; SYS_TIME is not.
    expect(baseline.filter((r) => r === 'runtime/capabilities@18')).toHaveLength(1);
    expect(baseline.some((r) => /run-as-non-root|volume-types/.test(r))).toBe(false);
    const restricted = await rulesAt('builtin:pod-security-restricted');
    expect(restricted).toEqual(
      expect.arrayContaining([
        'runtime/run-as-non-root@10',
        'runtime/volume-types@22',
        'runtime/capabilities@10',
      ]),
    );
  });
});
