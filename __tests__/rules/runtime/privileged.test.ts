import { at, dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/privileged';

describe(ID, () => {
  it('reports --privileged on the line of the flag in a multi-line command', () => {
    const f = lintRuntime(ID, 'sh', 'docker run -d \\\n  -m 1g \\\n  --privileged \\\n  img\n');
    expect(f).toMatchObject([{ line: 3, column: 3, endLine: 3, endColumn: 15 }]);
    expect(f[0].message).toMatch(/every capability/);
    expect(f[0].message).toMatch(/`--cap-add NAME`/);
  });

  it('reports privileged: true in compose, also through an anchor', () => {
    const text = dedent(`
      x-base: &base
        privileged: true
      services:
        a:
          <<: *base
          image: a
        b:
          image: b
          privileged: false
    `);
    const f = lintRuntime(ID, 'compose', text);
    expect(f.map((x) => [x.container, x.line])).toEqual([['a', 2]]);
    expect(f[0].message).toMatch(/`cap_add`/);
  });

  it('does not fire on --privileged=false, on quoted text or on echo', () => {
    const text = dedent(`
      docker run --privileged=false a
      echo docker run --privileged b
      msg="docker run --privileged c"
      docker run alpine echo --privileged
    `);
    expect(lintRuntime(ID, 'sh', text)).toEqual([]);
  });

  it('reports privileged workflow containers and inspect records', () => {
    const wf =
      'on: push\njobs:\n  a:\n    services:\n      db:\n        image: postgres\n        options: --privileged\n';
    expect(at(lintRuntime(ID, 'workflow', wf))).toEqual(['7:18']);
    expect(lintRuntime(ID, 'inspect', '{"HostConfig": {"Privileged": true}}')).toHaveLength(1);
    expect(lintRuntime(ID, 'inspect', '{"HostConfig": {"Privileged": false}}')).toEqual([]);
  });
});
