import { at, dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/host-namespaces';

describe(ID, () => {
  it('reports pid, ipc, uts, network and cgroup host namespaces in compose', () => {
    const text = dedent(`
      services:
        a:
          image: a
          pid: host
          ipc: host
          uts: host
          network_mode: host
          cgroup: host
    `);
    const f = lintRuntime(ID, 'compose', text);
    expect(at(f)).toEqual(['4:5', '5:5', '6:5', '7:5', '8:5']);
    expect(f[3].message).toMatch(/host's network namespace.*publish the ports/);
  });

  it('reports every flag form on command lines', () => {
    const f = lintRuntime(
      ID,
      'sh',
      'docker run --pid=host --net host --network=host --ipc host --uts=host --cgroupns=host a\n',
    );
    expect(f.map((x) => x.message.match(/host's (\w+) namespace/)![1])).toEqual([
      'pid',
      'ipc',
      'uts',
      'network',
      'cgroup',
    ]);
  });

  it('ignores private, container: and service: modes, and allowed namespaces', () => {
    expect(
      lintRuntime(ID, 'sh', 'docker run --pid=container:db --network bridge --ipc=shareable a\n'),
    ).toEqual([]);
    expect(
      lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    network_mode: "service:vpn"\n'),
    ).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --uts=host --pid=host a\n', { allow: ['uts'] })).toHaveLength(1);
  });

  it('reads HostConfig modes', () => {
    const f = lintRuntime(
      ID,
      'inspect',
      '{"HostConfig": {"PidMode": "host", "NetworkMode": "default", "IpcMode": "private"}}',
    );
    expect(f).toHaveLength(1);
  });
});
