import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/host-path';

const manifest = dedent(`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: {name: agent}
  spec:
    template:
      spec:
        containers:
          - name: agent
            image: agent:1
            volumeMounts:
              - {name: logs, mountPath: /var/log, readOnly: true}
              - {name: data, mountPath: /data}
              - {name: tmp, mountPath: /tmp}
        volumes:
          - name: logs
            hostPath: {path: /var/log}
          - name: data
            hostPath:
              path: /srv/agent/
          - name: tmp
            emptyDir: {}
`);

describe(ID, () => {
  it('reports every hostPath volume a container mounts, at its path', () => {
    const f = lintRuntime(ID, 'kubernetes', manifest);
    expect(f.map((x) => [x.line, x.message.slice(0, 40)])).toEqual([
      [16, 'The hostPath volume /var/log ties the co'],
      [19, 'The hostPath volume /srv/agent ties the '],
    ]);
    expect(f[0].message).toMatch(/read them; use a persistentVolumeClaim/);
  });

  it('allows listed paths and, when asked, read-only mounts', () => {
    expect(lintRuntime(ID, 'kubernetes', manifest, { allow: ['/srv'] })).toHaveLength(1);
    expect(lintRuntime(ID, 'kubernetes', manifest, { allowReadOnly: true }).map((x) => x.line)).toEqual([19]);
  });

  it('reports bind mounts of compose files and docker run lines, not named volumes', () => {
    const compose = 'services:\n  a:\n    image: a\n    volumes:\n      - ./src:/app\n      - data:/data\n';
    expect(lintRuntime(ID, 'compose', compose).map((x) => x.message)).toEqual([
      expect.stringMatching(/^The bind mount of \.\/src .* named volume/),
    ]);
    expect(lintRuntime(ID, 'sh', 'docker run -v /etc/app:/cfg:ro app\n')).toHaveLength(1);
  });
});
