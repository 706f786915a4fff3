import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/host-ports';

const manifest = dedent(`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
      - name: web
        image: web:1
        ports:
          - containerPort: 80
            hostPort: 8080
          - containerPort: 443
          - {containerPort: 53, hostPort: 53, protocol: UDP}
`);

describe(ID, () => {
  it('reports each hostPort at its line', () => {
    const f = lintRuntime(ID, 'kubernetes', manifest);
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [10, 11],
      [12, 31],
    ]);
    expect(f[0].message).toMatch(/^hostPort: 8080 binds port 8080 .* Service/);
  });

  it('allows listed ports', () => {
    expect(lintRuntime(ID, 'kubernetes', manifest, { allow: [53] }).map((x) => x.line)).toEqual([10]);
  });

  it('does not treat docker -p or compose ports as node ports', () => {
    expect(lintRuntime(ID, 'sh', 'docker run -p 8080:80 web\n')).toEqual([]);
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    ports: ["80:80"]\n')).toEqual([]);
  });
});
