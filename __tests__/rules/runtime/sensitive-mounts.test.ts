import { lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/sensitive-mounts';

describe(ID, () => {
  it('reports bind mounts of sensitive host paths', () => {
    const lines = [
      '/',
      '/etc',
      '/proc:ro',
      '//sys/',
      '/dev',
      '/var/run',
      '/root/.ssh',
      '/etc/shadow',
      '/var/lib/docker/containers',
    ];
    const text = lines
      .map((p, i) => `docker run -v ${p.replace(':ro', '')}:/h${i}${p.endsWith(':ro') ? ':ro' : ''} img${i}`)
      .join('\n');
    const f = lintRuntime(ID, 'sh', text);
    expect(f.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(f[2].message).toMatch(/\/proc \(even read-only\)/);
    expect(f[6].message).toMatch(/files under \/root/);
  });

  it('leaves ordinary paths, subfolders of exact-only paths, volumes and sockets alone', () => {
    const text = [
      'docker run -v /etc/localtime:/etc/localtime:ro a',
      'docker run -v /home/me/project:/src b',
      'docker run -v data:/etc c',
      'docker run -v /var/run/docker.sock:/var/run/docker.sock d',
      'docker run -v ./etc:/etc e',
    ].join('\n');
    expect(lintRuntime(ID, 'sh', text)).toEqual([]);
  });

  it('reads compose long syntax and honours allowReadOnly and custom lists', () => {
    const text =
      'services:\n  a:\n    image: a\n    volumes:\n      - type: bind\n        source: /proc\n        target: /host/proc\n        read_only: true\n      - /opt/secrets:/s\n';
    expect(lintRuntime(ID, 'compose', text).map((x) => x.line)).toEqual([5]);
    expect(lintRuntime(ID, 'compose', text, { allowReadOnly: true })).toEqual([]);
    expect(
      lintRuntime(ID, 'compose', text, { paths: [], prefixes: ['/opt/secrets'] }).map((x) => x.line),
    ).toEqual([9]);
  });
});
