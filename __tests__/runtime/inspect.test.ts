import { loadContainerInspect } from '../../src/targets/runtime/inspect.js';
import type { RuntimeSpec } from '../../src/targets/runtime/model.js';

const record = (over: Record<string, unknown> = {}, host: Record<string, unknown> = {}) => ({
  Id: '4f2a9c1e7b3d0000000000000000000000000000000000000000000000000000',
  Name: '/web',
  Config: { Image: 'nginx:1.25', User: '' },
  HostConfig: {
    Memory: 0,
    MemorySwap: 0,
    NanoCpus: 1500000000,
    CpuQuota: 0,
    CpuPeriod: 0,
    CpusetCpus: '',
    PidsLimit: null,
    UsernsMode: 'host',
    Privileged: true,
    CapAdd: ['CAP_SYS_ADMIN'],
    CapDrop: null,
    PidMode: 'host',
    IpcMode: 'private',
    UTSMode: '',
    NetworkMode: 'bridge',
    CgroupnsMode: 'private',
    SecurityOpt: ['seccomp=unconfined'],
    ReadonlyRootfs: false,
    Binds: ['/var/run/docker.sock:/var/run/docker.sock'],
    Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }],
    ...host,
  },
  ...over,
});

describe('docker container inspect', () => {
  it('reads HostConfig with each setting pointing at its key', async () => {
    const text = JSON.stringify([record()], null, 2);
    const t = await loadContainerInspect('inspect.json', text);
    expect(t.problems).toEqual([]);
    expect(t.units).toHaveLength(1);
    expect(t.units[0].context).toEqual({ service: 'web', image: 'nginx:1.25' });
    const s = t.units[0].model as RuntimeSpec;
    const lines = text.split('\n');
    const lineOf = (key: string) => lines.findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(s).toMatchObject({
      engine: 'docker',
      source: { kind: 'inspect', syntax: 'inspect', name: 'web', range: { line: lineOf('Name') } },
      memory: { value: 0, key: 'HostConfig.Memory', range: { line: lineOf('Memory') } },
      cpus: { value: 1.5 },
      pidsLimit: { value: 0, raw: 'null' },
      userns: { value: 'host' },
      privileged: { value: true, range: { line: lineOf('Privileged') } },
      capAdd: [{ value: 'SYS_ADMIN' }],
      pid: { value: 'host' },
      ipc: { value: 'private' },
      securityOpt: [{ value: 'seccomp=unconfined' }],
      readOnly: { value: false },
      volumes: [{ type: 'bind', source: '/var/run/docker.sock', range: { line: lineOf('Binds') + 1 } }],
      devices: [{ value: '/dev/fuse' }],
    });
    expect(s.uts).toBeUndefined();
    expect(s.user).toBeUndefined();
  });

  it('prefers the top-level Mounts and names volumes by their name', async () => {
    const rec = record({
      Mounts: [
        {
          Type: 'volume',
          Name: 'data',
          Source: '/var/lib/docker/volumes/data/_data',
          Destination: '/data',
          RW: true,
        },
        { Type: 'bind', Source: '/etc', Destination: '/host/etc', RW: false },
      ],
    });
    const t = await loadContainerInspect('i.json', JSON.stringify(rec));
    expect((t.units[0].model as RuntimeSpec).volumes).toMatchObject([
      { type: 'volume', source: 'data', readOnly: false },
      { type: 'bind', source: '/etc', readOnly: true },
    ]);
  });

  it('recognises podman records', async () => {
    const t = await loadContainerInspect(
      'p.json',
      JSON.stringify([record({ OCIRuntime: 'crun', ConmonPidFile: '/run/x' })]),
    );
    expect((t.units[0].model as RuntimeSpec).engine).toBe('podman');
  });

  it('turns invalid input into a problem and keeps the valid records', async () => {
    const broken = await loadContainerInspect('b.json', '[\n  {"Name": "/x",\n   "HostConfig": {]\n]');
    expect(broken.units).toEqual([]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0].message).toMatch(/not valid JSON/);
    const mixed = await loadContainerInspect('m.json', JSON.stringify([{ nope: 1 }, record()], null, 1));
    expect(mixed.units).toHaveLength(1);
    expect(mixed.problems).toMatchObject([
      { message: expect.stringMatching(/not a container inspect record/), range: { line: 2 } },
    ]);
  });
});
