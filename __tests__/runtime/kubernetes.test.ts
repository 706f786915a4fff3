/**
 * Kubernetes manifests as run configuration: every workload kind, containers of every type, pod-level
 * settings inherited, positions at the YAML nodes, templates skipped with a note, and the runtime rules
 * applying to them unchanged.
 */
import { dedent, lintRuntime, load, spec, specs } from './helpers.js';
import { isKubernetesFile, kubernetesTarget } from '../../src/targets/runtime/index.js';
import type { RuntimeSpec } from '../../src/targets/runtime/model.js';
import type { Range } from '../../src/engine/types.js';

const pod = (containers: string, extra = '') =>
  dedent(`
    apiVersion: v1
    kind: Pod
    metadata:
      name: p
    spec:
  `) +
  extra +
  '  containers:\n' +
  containers;

describe('Kubernetes workloads', () => {
  it('reads the pod template of every workload kind, in multi-document files and Lists', () => {
    const template = (name: string) => `
    spec:
      containers:
        - name: ${name}
          image: ${name}:1`;
    const nested = (name: string) =>
      template(name)
        .split('\n')
        .map((l) => (l ? `  ${l}` : l))
        .join('\n');
    const text = [
      `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: pod\n      image: pod:1\n`,
      ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'].map(
        (k) =>
          `apiVersion: apps/v1\nkind: ${k}\nmetadata: {name: w}\nspec:\n  template:${template(k.toLowerCase())}\n`,
      ),
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:${nested('cron').replace(/\n/g, '\n    ')}\n`,
      `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: in-list}\n    spec:\n      containers: [{name: listed, image: l}]\n`,
      `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n`,
    ].join('---\n');
    const all = specs('kubernetes', text);
    expect(all.map((s) => s.source.name)).toEqual([
      'pod',
      'deployment',
      'statefulset',
      'daemonset',
      'replicaset',
      'replicationcontroller',
      'job',
      'cron',
      'listed',
    ]);
    expect(all[7].source.workload).toBe('CronJob "c"');
    expect(all[8].source.workload).toBe('Pod "in-list"');
    expect(all.every((s) => s.engine === 'kubernetes' && s.source.syntax === 'kubernetes')).toBe(true);
    const target = load('kubernetes', text);
    expect(target.units[1].context).toEqual({
      service: 'Deployment w, container deployment',
      image: 'deployment:1',
    });
  });

  it('reads init and ephemeral containers, each with its own type', () => {
    const text = pod(
      '    - name: app\n      image: app:1\n',
      '  initContainers:\n    - name: setup\n      image: s:1\n  ephemeralContainers:\n    - name: debug\n      image: d:1\n',
    );
    const all = specs('kubernetes', text);
    expect(all.map((s) => [s.source.name, s.source.containerType])).toEqual([
      ['setup', 'init'],
      ['app', undefined],
      ['debug', 'ephemeral'],
    ]);
  });

  it('points every setting at its YAML node', () => {
    const text = dedent(`
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
                  limits: {memory: 256Mi, cpu: 500m}
                securityContext:
                  privileged: true
                  readOnlyRootFilesystem: true
                  capabilities:
                    add: ["NET_ADMIN", cap_sys_time]
                    drop: [ALL]
    `);
    const s = spec('kubernetes', text);
    const lines = text.split('\n');
    const written = (x: { range: Range } | undefined) =>
      x && x.range.line === x.range.endLine
        ? lines[x.range.line - 1].slice(x.range.column - 1, x.range.endColumn - 1)
        : undefined;
    expect(written(s.source)).toBe('name: app');
    expect(written(s.memory)).toBe('memory: 256Mi');
    expect(written(s.network)).toBe('hostNetwork: true');
    expect(written(s.privileged)).toBe('privileged: true');
    expect(s.capAdd.map(written)).toEqual(['"NET_ADMIN"', 'cap_sys_time']);
    expect(s.source.range).toMatchObject({ line: 10, column: 11 });
    expect(s.image).toMatchObject({ value: 'nginx:1.27', range: { line: 11, column: 11 }, key: 'image' });
    expect(s.memory).toMatchObject({ value: 256 * 2 ** 20, range: { line: 13 } });
    expect(s.cpus?.value).toBeCloseTo(0.5);
    expect(s.network).toMatchObject({ value: 'host', raw: 'true', key: 'hostNetwork', range: { line: 8 } });
    expect(s.privileged).toMatchObject({ value: true, range: { line: 15, column: 13, endColumn: 29 } });
    expect(s.readOnly?.value).toBe(true);
    expect(s.capAdd.map((c) => [c.value, c.range.line, c.range.column])).toEqual([
      ['NET_ADMIN', 18, 21],
      ['SYS_TIME', 18, 34],
    ]);
    expect(s.capDrop.map((c) => c.value)).toEqual(['ALL']);
  });

  it('inherits pod-level settings unless the container overrides them', () => {
    const text = pod(
      dedent(`
            - name: inherits
              image: a
            - name: overrides
              image: b
              securityContext:
                runAsUser: 1000
                runAsNonRoot: true
                seccompProfile: {type: RuntimeDefault}
      `).replace(/^/gm, '    '),
      '  hostPID: true\n  hostUsers: false\n  securityContext:\n    runAsUser: 0\n    seccompProfile:\n      type: Unconfined\n    sysctls:\n      - {name: kernel.msgmax, value: "65536"}\n',
    );
    const [a, b] = specs('kubernetes', text);
    expect(a.user).toMatchObject({ value: '0', key: 'securityContext.runAsUser', range: { line: 9 } });
    expect(a.securityOpt.map((o) => o.value)).toEqual(['seccomp=unconfined']);
    expect(b.user).toMatchObject({ value: '1000', range: { line: 20 } });
    expect(b.runAsNonRoot?.value).toBe(true);
    expect(b.securityOpt.map((o) => o.value)).toEqual(['seccomp=runtime/default']);
    for (const s of [a, b]) {
      expect(s.pid?.value).toBe('host');
      expect(s.userns).toMatchObject({ value: 'pod', key: 'hostUsers' });
      expect(s.sysctls.map((x) => x.value)).toEqual(['kernel.msgmax=65536']);
    }
    // Read once per pod, not once per container: a pod of n containers and m sysctls costs n + m, not n × m.
    expect(a.sysctls).toBe(b.sysctls);
  });

  it('maps profiles, SELinux, privilege escalation and /proc masking to security options', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        annotations:
          seccomp.security.alpha.kubernetes.io/pod: runtime/default
          container.seccomp.security.alpha.kubernetes.io/old: unconfined
          container.apparmor.security.beta.kubernetes.io/old: unconfined
      spec:
        securityContext:
          seLinuxOptions: {type: spc_t}
        containers:
          - name: old
            image: a
          - name: new
            image: b
            securityContext:
              allowPrivilegeEscalation: false
              procMount: Unmasked
              appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}
              seLinuxOptions: {user: system_u}
    `);
    const [old, next] = specs('kubernetes', text);
    expect(old.securityOpt.map((o) => `${o.value} @${o.range.line}`)).toEqual([
      'seccomp=unconfined @7',
      'apparmor=unconfined @8',
      'label=type:spc_t @11',
    ]);
    expect(next.securityOpt.map((o) => o.value)).toEqual([
      'no-new-privileges:true',
      'systempaths=unconfined',
      'seccomp=runtime/default',
      'apparmor=localhost/k8s-nginx',
      'label=user:system_u',
    ]);
  });

  it('mounts pod volumes where containers mount them: hostPath as a bind mount at the path', () => {
    const text = pod(
      '    - name: app\n      image: a\n      volumeMounts:\n        - {name: sock, mountPath: /var/run/docker.sock, readOnly: true}\n        - {name: cache, mountPath: /cache}\n        - {name: nfs, mountPath: /data}\n',
      '  volumes:\n    - name: sock\n      hostPath:\n        path: /var/run/docker.sock\n    - name: cache\n      emptyDir: {medium: Memory}\n    - name: nfs\n      nfs: {server: s, path: /}\n    - name: unused\n      hostPath: {path: /etc}\n',
    );
    const s = spec('kubernetes', text);
    expect(
      s.volumes.map((v) => [v.type, v.volumeType, v.source, v.target, v.readOnly, v.range.line]),
    ).toEqual([
      ['bind', 'hostPath', '/var/run/docker.sock', '/var/run/docker.sock', true, 9],
      ['tmpfs', 'emptyDir', undefined, '/cache', false, 11],
      ['volume', 'nfs', undefined, '/data', false, 13],
    ]);
  });

  it('reads Kubernetes quantities, host ports and JSON-style manifests', () => {
    const text =
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"}, "spec": {"containers": [' +
      '{"name": "a", "image": "a", "ports": [{"containerPort": 80, "hostPort": 8080}],' +
      ' "resources": {"limits": {"memory": "1G", "cpu": "2"}, "requests": {"memory": "128974848"}}}]}}';
    expect(isKubernetesFile('pod.yaml', text)).toBe(true);
    const s = spec('kubernetes', text);
    expect(s.memory?.value).toBe(1e9);
    expect(s.memoryReservation?.value).toBe(128974848);
    expect(s.cpus?.value).toBe(2);
    expect(s.hostPorts.map((p) => p.value)).toEqual([8080]);
  });

  it('leaves placeholder values opaque and says why a setting cannot be read', () => {
    const text = pod(
      '    - name: app\n      image: "${IMAGE}"\n      resources:\n        limits: {memory: lots}\n      securityContext:\n        privileged: maybe\n',
    );
    const s = spec('kubernetes', text);
    expect(s.image).toMatchObject({ opaque: true });
    expect(s.memory?.invalid).toMatch(/not a Kubernetes quantity/);
    expect(s.privileged?.invalid).toMatch(/not true or false/);
  });
});

describe('Kubernetes files', () => {
  it('claims YAML files with apiVersion and kind, and not compose files or workflows', () => {
    expect(kubernetesTarget.claims('k8s/app.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe(true);
    expect(kubernetesTarget.claims('k8s/list.yml', 'apiVersion: v1\nitems:\n- kind: Pod\n')).toBe(true);
    expect(kubernetesTarget.claims('values.yaml', 'image: nginx\nreplicas: 2\n')).toBe(false);
    expect(kubernetesTarget.claims('.github/workflows/x.yml', 'apiVersion: v1\nkind: Pod\n')).toBe(false);
    expect(kubernetesTarget.claims('notes.txt', 'apiVersion: v1\nkind: Pod\n')).toBe(false);
    // Named explicitly or read from standard input, the content decides.
    expect(kubernetesTarget.claimsExplicit!('<stdin>', 'apiVersion: v1\nkind: Pod\n')).toBe(true);
  });

  it('skips a Helm chart template with a note naming the line, and reads nothing from it', () => {
    const text = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: {{ include "app.fullname" . }}
      spec:
        template:
          spec:
            containers:
              - name: app
                image: "{{ .Values.image.repository }}"
                securityContext:
                  privileged: true
    `);
    const t = load('kubernetes', text);
    expect(t.units).toEqual([]);
    expect(t.problems).toEqual([]);
    expect(t.stats?.skipped).toMatch(/template syntax .*line 4.*helm template/);
    expect(t.stats?.quiet).toBeUndefined();
  });

  it('reads rendered manifests that hold {{ }} in strings (alert templates) and skips unrenderable templates', () => {
    const rendered =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    summary: "{{ $labels.instance }} is down"\nspec:\n  containers: [{name: a, image: a}]\n';
    expect(load('kubernetes', rendered).units).toHaveLength(1);
    const jinja =
      'apiVersion: v1\nkind: Pod\nspec:\n  {% if x %}\n  containers: []\n  {% endif %}\n  - bad\n';
    const t = load('kubernetes', jinja);
    expect(t.problems).toEqual([]);
    expect(t.stats?.skipped).toMatch(/template syntax/);
  });

  it('skips CRDs and other kinds quietly, saying so only in the target stats', () => {
    const text =
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n---\napiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n';
    const t = load('kubernetes', text);
    expect(t.units).toEqual([]);
    expect(t.problems).toEqual([]);
    expect(t.stats).toMatchObject({ quiet: true });
    expect(t.stats?.skipped).toMatch(/no workload .* only CustomResourceDefinition, ConfigMap/);
  });

  it('reports broken YAML as a problem with its position, keeping the other documents', () => {
    const text = pod('    - name: a\n      image: a\n') + '---\napiVersion: v1\nkind: Pod\nspec: [unclosed\n';
    const t = load('kubernetes', text);
    expect(t.units).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ message: expect.stringMatching(/YAML/), range: { line: 13 } });
  });
});

describe('runtime rules on Kubernetes containers', () => {
  const text = dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          hostIPC: true
          hostUsers: true
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
                allowPrivilegeEscalation: true
                seccompProfile:
                  type: Unconfined
              volumeMounts:
                - {name: etc, mountPath: /host/etc}
          ephemeralContainers:
            - name: debug
              image: busybox
          volumes:
            - name: etc
              hostPath:
                path: /etc
  `);
  const messages = (id: string, options: Record<string, unknown> = {}) =>
    lintRuntime(id, 'kubernetes', text, options).map((f) => `${f.container}@${f.line}: ${f.message}`);

  it('names the container and workload, and says what to write in Kubernetes terms', () => {
    const memory = messages('runtime/memory-limit');
    // Ephemeral containers cannot have resources: not reported.
    expect(memory).toEqual([
      expect.stringMatching(
        /^app@11: Container "app" of Deployment "web" has no memory limit.*`resources\.limits\.memory: 512Mi`/,
      ),
    ]);
    expect(messages('runtime/read-only-rootfs')[0]).toMatch(
      /`securityContext\.readOnlyRootFilesystem: true`/,
    );
    expect(messages('runtime/capabilities', { requireDropAll: true })[0]).toMatch(
      /`securityContext\.capabilities\.drop: \[ALL\]`/,
    );
    // Kubernetes has no per-container process limit to write.
    expect(messages('runtime/pids-limit')).toEqual([]);
  });

  it('reports host namespaces, user namespaces, seccomp, escalation and sensitive host paths', () => {
    expect(messages('runtime/host-namespaces')).toEqual([
      expect.stringMatching(/^app@8: hostIPC: true puts the container in the host's ipc namespace/),
      expect.stringMatching(/^debug@8: hostIPC: true/),
    ]);
    expect(messages('runtime/userns')[0]).toMatch(/^app@9: hostUsers: true .* `hostUsers: false`/);
    expect(messages('runtime/security-opt', { requireNoNewPrivileges: true })).toEqual([
      expect.stringMatching(
        /^app@14: securityContext\.allowPrivilegeEscalation: true lets setuid binaries raise privileges.*`securityContext\.allowPrivilegeEscalation: false`/,
      ),
      expect.stringMatching(
        /^app@16: securityContext\.seccompProfile\.type: Unconfined turns off the seccomp filter/,
      ),
      expect.stringMatching(
        /^debug@20: Ephemeral container "debug" of Deployment "web" does not set no-new-privileges/,
      ),
    ]);
    expect(messages('runtime/sensitive-mounts')).toEqual([
      expect.stringMatching(/^app@25: Bind-mounting the host's \/etc/),
    ]);
  });

  it('asks for hostUsers: false and a seccomp profile only when the policy does', () => {
    const plain = dedent(`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers: [{name: a, image: a}]
    `);
    expect(lintRuntime('runtime/userns', 'kubernetes', plain)).toEqual([]);
    expect(
      lintRuntime('runtime/userns', 'kubernetes', plain, { requireKubernetesUserNamespace: true })[0].message,
    ).toMatch(/hostUsers: false/);
    expect(lintRuntime('runtime/security-opt', 'kubernetes', plain)).toEqual([]);
    expect(
      lintRuntime('runtime/security-opt', 'kubernetes', plain, { requireSeccompProfile: true })[0].message,
    ).toMatch(/no seccomp profile.*RuntimeDefault/);
  });

  it('catches memory written with the milli suffix', () => {
    const f = lintRuntime(
      'runtime/memory-limit',
      'kubernetes',
      pod('    - name: a\n      image: a\n      resources:\n        limits:\n          memory: 512m\n'),
    );
    expect(f[0].message).toMatch(/less than one byte.*Mi or Gi/);
  });
});

describe('RuntimeSpec fields shared with other helpers', () => {
  it('fills image and user with ranges, so base-image and non-root rules can use them', () => {
    const s: RuntimeSpec = spec(
      'kubernetes',
      pod(
        '    - name: a\n      image: registry.example/app@sha256:' +
          'a'.repeat(64) +
          '\n      securityContext: {runAsUser: 65532}\n',
      ),
    );
    expect(s.image?.value).toMatch(/@sha256:a{64}$/);
    expect(s.image?.range.line).toBe(8);
    expect(s.user).toMatchObject({ value: '65532', range: { line: 9 } });
  });
});
