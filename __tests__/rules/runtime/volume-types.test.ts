import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/volume-types';

const manifest = dedent(`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
      - name: a
        image: a
        volumeMounts:
          - {name: conf, mountPath: /conf}
          - {name: share, mountPath: /share}
          - {name: claim, mountPath: /data}
    volumes:
      - name: conf
        configMap: {name: conf}
      - name: share
        nfs:
          server: nfs.example
          path: /exports
      - name: claim
        persistentVolumeClaim: {claimName: data}
`);

describe(ID, () => {
  it('reports volume types outside the restricted list, at the volume source', () => {
    const f = lintRuntime(ID, 'kubernetes', manifest);
    expect(f.map((x) => [x.line, x.column, x.endLine])).toEqual([[16, 7, 16]]);
    expect(f[0].message).toMatch(/^The nfs volume mounted at \/share is not among the volume types/);
  });

  it('takes the list from the policy', () => {
    expect(
      lintRuntime(ID, 'kubernetes', manifest, { allow: ['nfs', 'configMap', 'persistentVolumeClaim'] }),
    ).toEqual([]);
  });

  it('asks nothing of compose volumes', () => {
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    volumes: ["/srv:/srv"]\n')).toEqual(
      [],
    );
  });
});
