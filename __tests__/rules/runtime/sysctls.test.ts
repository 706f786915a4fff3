import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/sysctls';

describe(ID, () => {
  it('reports pod sysctls outside the safe set, at their entry', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        securityContext:
          sysctls:
            - name: net.ipv4.tcp_syncookies
              value: "1"
            - name: kernel.msgmax
              value: "65536"
        containers: [{name: a, image: a}]
    `);
    const f = lintRuntime(ID, 'kubernetes', text);
    expect(f.map((x) => [x.line, x.column])).toEqual([[9, 9]]);
    expect(f[0].message).toMatch(/^Setting the sysctl kernel\.msgmax changes a kernel parameter/);
    expect(
      lintRuntime(ID, 'kubernetes', text, { allow: ['kernel.msgmax', 'net.ipv4.tcp_syncookies'] }),
    ).toEqual([]);
  });

  it('reads compose sysctls (mapping and list) and --sysctl', () => {
    const map =
      'services:\n  a:\n    image: a\n    sysctls:\n      net.core.somaxconn: 1024\n      net.ipv4.tcp_syncookies: 0\n';
    expect(lintRuntime(ID, 'compose', map).map((x) => x.line)).toEqual([5]);
    const list = 'services:\n  a:\n    image: a\n    sysctls:\n      - net.core.somaxconn=1024\n';
    expect(lintRuntime(ID, 'compose', list).map((x) => x.line)).toEqual([5]);
    expect(lintRuntime(ID, 'sh', 'docker run --sysctl net/core/somaxconn=1024 a\n')[0].message).toMatch(
      /net\.core\.somaxconn/,
    );
  });
});
