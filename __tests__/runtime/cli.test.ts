import { cli, dedent, specs } from './helpers.js';
import { matchRunCommand, parseRunArgs } from '../../src/targets/runtime/cli.js';
import type { CliWord } from '../../src/targets/runtime/cli.js';

const words = (...values: string[]): CliWord[] => {
  let pos = 0;
  return values.map((value) => {
    const w = { value, raw: value, start: pos, end: pos + value.length, opaque: value.includes('$') };
    pos += value.length + 1;
    return w;
  });
};

describe('docker/podman run flag parser', () => {
  it.each([
    ['docker run --memory=1g ubuntu', 2 ** 30],
    ['docker run --memory 1g ubuntu', 2 ** 30],
    ['docker run -m1g ubuntu', 2 ** 30],
    ['docker run -m 1g ubuntu', 2 ** 30],
    ['docker run -m=1g ubuntu', 2 ** 30],
    ['docker run -itm 512m ubuntu', 512 * 2 ** 20],
    ['docker run -itm512m ubuntu', 512 * 2 ** 20],
    ['docker run -m 1g -m 2g ubuntu', 2 * 2 ** 30],
  ])('%s', (line, bytes) => {
    const s = cli(line);
    expect(s.memory?.value).toBe(bytes);
    expect(s.image?.value).toBe('ubuntu');
  });

  it('splits boolean bundles from value flags so the image is found', () => {
    expect(cli('docker run -it ubuntu bash').image?.value).toBe('ubuntu');
    expect(cli('docker run -itd --rm -e A=1 -p 80:80 nginx:1.25').image?.value).toBe('nginx:1.25');
    expect(cli('docker run -m 1g ubuntu').image?.value).toBe('ubuntu');
    expect(cli('docker run -u 1000:1000 -w /app -v data:/data alpine').user?.value).toBe('1000:1000');
    expect(cli('docker run -- --weird-image').image?.value).toBe('--weird-image');
  });

  it('reads booleans with =false and =true', () => {
    expect(cli('docker run --privileged ubuntu').privileged?.value).toBe(true);
    expect(cli('docker run --privileged=false ubuntu').privileged?.value).toBe(false);
    expect(cli('docker run --privileged=true ubuntu').privileged?.value).toBe(true);
    expect(cli('docker run --read-only ubuntu').readOnly?.value).toBe(true);
    expect(cli('docker run --privileged=maybe ubuntu').privileged?.invalid).toMatch(/not true or false/);
  });

  it('ignores words after the image (the container command)', () => {
    const s = cli('docker run ubuntu sh -c "docker run --privileged x" --privileged -m 1g');
    expect(s.privileged).toBeUndefined();
    expect(s.memory).toBeUndefined();
  });

  it('knows prefixes, the container subcommand, global options and podman', () => {
    expect(cli('sudo -u root docker run --privileged x').privileged?.value).toBe(true);
    expect(cli('sudo -E env DOCKER_HOST=x docker run -m 1g x').memory?.value).toBe(2 ** 30);
    expect(cli('exec docker run -m 1g x').memory?.value).toBe(2 ** 30);
    expect(cli('/usr/bin/docker container run -m 1g x').engine).toBe('docker');
    expect(cli('docker -H tcp://h:2375 --log-level debug run -m 1g x').memory?.value).toBe(2 ** 30);
    const p = cli('podman --remote create --userns=keep-id fedora');
    expect(p.engine).toBe('podman');
    expect(p.command).toBe('create');
    expect(p.userns?.value).toBe('keep-id');
  });

  it('finds nothing in echo arguments, quoted text, other subcommands or command -v', () => {
    const text = dedent(`
      echo docker run --privileged x
      echo "docker run --privileged x"
      printf '%s' 'docker run --privileged x'
      bash -c "docker run --privileged x"
      docker ps --filter name=x
      docker compose run --rm web
      command -v docker
      # docker run --privileged in a comment
    `);
    expect(specs('sh', text)).toEqual([]);
  });

  it('keeps variables opaque', () => {
    const s = cli('docker run --memory "$MEM" --privileged=$PRIV -v "$PWD":/src "$IMAGE"');
    expect(s.memory).toMatchObject({ opaque: true, raw: '"$MEM"' });
    expect(s.memory?.value).toBeUndefined();
    expect(s.privileged?.opaque).toBe(true);
    expect(s.image?.opaque).toBe(true);
    expect(s.incomplete).toBeUndefined();
    expect(s.volumes[0]).toMatchObject({ type: 'bind', opaque: true });
  });

  it('treats whole-variable words named like options as flags that may set anything', () => {
    const s = cli('docker run $DOCKER_OPTS "${EXTRA_ARGS[@]}" -m 1g myimage');
    expect(s.image?.value).toBe('myimage');
    expect(s.incomplete).toMatch(/\$DOCKER_OPTS/);
  });

  it('points each setting at its flag across continuation lines', () => {
    const text = 'docker run \\\n  --memory 1g \\\n  --cap-add=SYS_ADMIN \\\n  -v /:/host ubuntu\n';
    const s = cli(text);
    expect(s.source.range).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11 });
    expect(s.memory?.range).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 14 });
    expect(s.capAdd[0].range).toMatchObject({ line: 3, column: 3 });
    expect(s.volumes[0]).toMatchObject({
      source: '/',
      target: '/host',
      range: { line: 4, column: 3, endColumn: 13 },
    });
  });

  it('reads every setting of the RuntimeSpec', () => {
    const s = cli(
      'docker run --memory-swap -1 --memory-reservation 256m --cpus 1.5 --cpu-quota 50000 --cpu-period 100000 ' +
        '--cpuset-cpus 0-1 --cpu-shares 512 --pids-limit 100 --userns host --cap-add net_raw --cap-drop ALL ' +
        '--pid host --ipc=host --uts host --net host --cgroupns host --security-opt seccomp=unconfined ' +
        '--security-opt no-new-privileges --read-only --user 1000 --device /dev/fuse --mount type=bind,src=/etc,dst=/e ' +
        '--tmpfs /tmp:size=64m img',
    );
    expect(s).toMatchObject({
      memorySwap: { value: -1 },
      memoryReservation: { value: 256 * 2 ** 20 },
      cpus: { value: 1.5 },
      cpuQuota: { value: 50000 },
      cpuPeriod: { value: 100000 },
      cpusetCpus: { value: '0-1' },
      cpuShares: { value: 512 },
      pidsLimit: { value: 100 },
      userns: { value: 'host' },
      capAdd: [{ value: 'NET_RAW' }],
      capDrop: [{ value: 'ALL' }],
      pid: { value: 'host' },
      ipc: { value: 'host' },
      uts: { value: 'host' },
      network: { value: 'host', key: '--net' },
      cgroupns: { value: 'host' },
      securityOpt: [{ value: 'seccomp=unconfined' }, { value: 'no-new-privileges' }],
      readOnly: { value: true },
      user: { value: '1000' },
      devices: [{ value: '/dev/fuse' }],
      volumes: [
        { type: 'bind', source: '/etc', target: '/e' },
        { type: 'tmpfs', target: '/tmp' },
      ],
      image: { value: 'img' },
    });
  });

  it('parses words directly', () => {
    expect(matchRunCommand(words('docker', 'images'))).toBeNull();
    expect(matchRunCommand(words('docker', 'run', 'x'))?.command).toBe('run');
    expect(matchRunCommand(words('timeout', '60', 'docker', 'run', 'x'))?.engine).toBe('docker');
    const parsed = parseRunArgs(words('--cpus', '1', 'stray', '--memory', '2g'), false);
    expect(parsed.flags.map((f) => [f.name, f.value])).toEqual([
      ['cpus', '1'],
      ['memory', '2g'],
    ]);
    expect(parsed.image).toBeUndefined();
  });
});
