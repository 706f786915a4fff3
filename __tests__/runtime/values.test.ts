import {
  formatBytes,
  interpolateCompose,
  normaliseCapability,
  normaliseHostPath,
  parseCliBool,
  parseCpus,
  parseMemory,
  parseMountSpec,
  parseVolumeSpec,
} from '../../src/targets/runtime/values.js';

describe('parseMemory', () => {
  it.each([
    ['1g', 2 ** 30],
    ['1G', 2 ** 30],
    ['1gb', 2 ** 30],
    ['1GiB', 2 ** 30],
    ['512m', 512 * 2 ** 20],
    ['512M', 512 * 2 ** 20],
    ['64k', 64 * 1024],
    ['100b', 100],
    ['1073741824', 2 ** 30],
    ['1.5g', 1.5 * 2 ** 30],
    ['2 g', 2 * 2 ** 30],
    ['-1', -1],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseMemory(text)).toEqual({ bytes });
  });

  it.each(['', 'lots', '1x', '1gg', 'g', '-5m'])('rejects %j', (text) => {
    expect(parseMemory(text)).toHaveProperty('error');
  });
});

describe('other values', () => {
  it('formats bytes the way people write them', () => {
    expect(formatBytes(2 ** 30)).toBe('1g');
    expect(formatBytes(512 * 2 ** 20)).toBe('512m');
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.5g');
    expect(formatBytes(1000)).toBe('1000');
  });

  it('parses CPU counts and Go booleans', () => {
    expect(parseCpus('0.5')).toEqual({ cpus: 0.5 });
    expect(parseCpus('2')).toEqual({ cpus: 2 });
    expect(parseCpus('two')).toHaveProperty('error');
    expect(parseCliBool('false')).toBe(false);
    expect(parseCliBool('1')).toBe(true);
    expect(parseCliBool('yes')).toBeUndefined();
  });

  it('normalises capabilities', () => {
    expect(normaliseCapability('cap_sys_admin')).toBe('SYS_ADMIN');
    expect(normaliseCapability(' net_admin ')).toBe('NET_ADMIN');
    expect(normaliseCapability('ALL')).toBe('ALL');
  });

  it('applies compose interpolation defaults and leaves other variables opaque', () => {
    expect(interpolateCompose('1g')).toEqual({ text: '1g', opaque: false });
    expect(interpolateCompose('${MEM:-512m}')).toEqual({ text: '512m', opaque: false });
    expect(interpolateCompose('${MEM-2g}')).toEqual({ text: '2g', opaque: false });
    expect(interpolateCompose('${MEM}').opaque).toBe(true);
    expect(interpolateCompose('$MEM').opaque).toBe(true);
    expect(interpolateCompose('${MEM:?required}').opaque).toBe(true);
    expect(interpolateCompose('$$HOME')).toEqual({ text: '$HOME', opaque: false });
    expect(interpolateCompose('${A:-${B:-1g}}')).toEqual({ text: '1g', opaque: false });
  });

  it('normalises host paths', () => {
    expect(normaliseHostPath('//etc/./ssh/')).toBe('/etc/ssh');
    expect(normaliseHostPath('/var/run/../run')).toBe('/var/run');
    expect(normaliseHostPath('/')).toBe('/');
    expect(normaliseHostPath('./data')).toBeUndefined();
  });
});

describe('volume and mount specifications', () => {
  it('reads src:dst:mode', () => {
    expect(parseVolumeSpec('/var/run/docker.sock:/var/run/docker.sock:ro', false)).toEqual({
      type: 'bind',
      source: '/var/run/docker.sock',
      target: '/var/run/docker.sock',
      readOnly: true,
    });
    expect(parseVolumeSpec('data:/var/lib/data', false)).toMatchObject({
      type: 'volume',
      source: 'data',
      readOnly: false,
    });
    expect(parseVolumeSpec('/cache', false)).toMatchObject({
      type: 'volume',
      source: undefined,
      target: '/cache',
    });
    expect(parseVolumeSpec('./conf:/etc/app:ro,z', false)).toMatchObject({
      type: 'bind',
      source: './conf',
      readOnly: true,
    });
    expect(parseVolumeSpec('C:\\data:/data', false)).toMatchObject({
      type: 'bind',
      source: 'C:\\data',
      target: '/data',
    });
    expect(parseVolumeSpec('$(pwd):/src', true)).toMatchObject({
      type: 'bind',
      source: '$(pwd)',
      opaque: true,
    });
  });

  it('reads --mount fields', () => {
    expect(parseMountSpec('type=bind,source=/etc,target=/host/etc,readonly', false)).toEqual({
      type: 'bind',
      source: '/etc',
      target: '/host/etc',
      readOnly: true,
    });
    expect(parseMountSpec('type=bind,src=/proc,dst=/p,ro=false', false)).toMatchObject({
      readOnly: false,
      source: '/proc',
    });
    expect(parseMountSpec('target=/data', false)).toMatchObject({ type: 'volume', target: '/data' });
  });
});
