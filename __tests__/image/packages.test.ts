import {
  compareApkVersions,
  compareDebianVersions,
  diffPackages,
  packagesOf,
} from '../../src/targets/image/packages.js';
import { analyseLayers, diffFiles } from '../../src/targets/image/analysis.js';
import { file, layer, whiteout } from './helpers.js';

const STATUS_V1 = `Package: libc6
Status: install ok installed
Architecture: amd64
Version: 2.36-9+deb12u3
Description: GNU C Library
 continuation line: Version: 9.9 is not a field

Package: curl
Status: install ok installed
Architecture: amd64
Version: 7.88.1-10+deb12u4

Package: old-removed
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0
`;

const STATUS_V2 = STATUS_V1.replace('2.36-9+deb12u3', '2.36-9+deb12u7')
  .replace('7.88.1-10+deb12u4', '7.88.1-10+deb12u1')
  .concat('\nPackage: git\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:2.39.5-0+deb12u1\n');

const APK = 'C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\n\nP:busybox\nV:1.36.1-r5\nA:x86_64\n';

describe('package databases', () => {
  it('reads dpkg status (installed paragraphs only), distroless status.d and apk installed', () => {
    const a = analyseLayers([
      layer([
        file('var/lib/dpkg/status', STATUS_V1.length, { content: STATUS_V1 }),
        file('var/lib/dpkg/status.d/tzdata', 10, {
          content: 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n',
        }),
        file('lib/apk/db/installed', APK.length, { content: APK }),
        file('var/lib/rpm/rpmdb.sqlite', 100),
      ]),
    ]);
    const list = packagesOf(a.visible);
    expect([...list.packages.values()].map((p) => `${p.manager} ${p.name} ${p.version}`).sort()).toEqual([
      'apk busybox 1.36.1-r5',
      'apk musl 1.2.4-r2',
      'dpkg curl 7.88.1-10+deb12u4',
      'dpkg libc6 2.36-9+deb12u3',
      'dpkg tzdata 2024a-0+deb12u1',
    ]);
    expect(list.unreadable).toEqual(['var/lib/rpm/rpmdb.sqlite']);
  });

  it('orders Debian versions as dpkg does, and apk versions by their numbers', () => {
    const lt = (a: string, b: string) => expect(compareDebianVersions(a, b)).toBeLessThan(0);
    lt('1.0~rc1', '1.0');
    lt('1.0', '1.0+b1');
    lt('2.0', '1:0.9');
    lt('1.2.9', '1.2.10');
    lt('2.36-9+deb12u3', '2.36-9+deb12u7');
    lt('7.88.1-10+deb12u1', '7.88.1-10+deb12u4');
    lt('1.0-1', '1.0-1ubuntu1');
    expect(compareDebianVersions('1:2.0-1', '1:2.0-1')).toBe(0);
    expect(compareApkVersions('1.2.4-r2', '1.2.4-r10')).toBeLessThan(0);
    expect(compareApkVersions('1.36.1-r5', '1.35.0-r9')).toBeGreaterThan(0);
  });

  it('diffs packages: added, upgraded, downgraded, removed', () => {
    const before = packagesOf(
      analyseLayers([layer([file('var/lib/dpkg/status', 1, { content: STATUS_V1 })])]).visible,
    );
    const after = packagesOf(
      analyseLayers([layer([file('var/lib/dpkg/status', 1, { content: STATUS_V2 })])]).visible,
    );
    expect(diffPackages(before, after)).toEqual([
      { name: 'git', manager: 'dpkg', arch: 'amd64', change: 'added', to: '1:2.39.5-0+deb12u1' },
      {
        name: 'libc6',
        manager: 'dpkg',
        arch: 'amd64',
        change: 'upgraded',
        from: '2.36-9+deb12u3',
        to: '2.36-9+deb12u7',
      },
      {
        name: 'curl',
        manager: 'dpkg',
        arch: 'amd64',
        change: 'downgraded',
        from: '7.88.1-10+deb12u4',
        to: '7.88.1-10+deb12u1',
      },
    ]);
    expect(diffPackages(after, before).map((c) => [c.name, c.change])).toEqual([
      ['curl', 'upgraded'],
      ['libc6', 'downgraded'],
      ['git', 'removed'],
    ]);
  });
});

describe('diffFiles', () => {
  it('finds added, removed and changed files with size, mode, owner and setuid changes', () => {
    const before = analyseLayers([
      layer([
        file('usr/bin/tool', 100, { mode: 0o755 }),
        file('etc/conf', 10),
        file('opt/gone', 50),
        file('srv/data', 5, { uid: 0, gid: 0 }),
      ]),
    ]).visible;
    const after = analyseLayers([
      layer([
        file('usr/bin/tool', 100, { mode: 0o755 }),
        file('etc/conf', 10),
        file('opt/gone', 50),
        file('srv/data', 5),
      ]),
      layer([
        file('usr/bin/tool', 100, { mode: 0o4755 }),
        file('etc/conf', 30),
        whiteout('opt/gone'),
        file('srv/data', 5, { uid: 1000, gid: 1000 }),
        file('usr/bin/new', 7, { mode: 0o2755 }),
      ]),
    ]).visible;
    expect(diffFiles(before, after)).toEqual([
      { path: 'opt/gone', change: 'removed', type: 'file', size: 0, sizeDelta: -50 },
      {
        path: 'etc/conf',
        change: 'changed',
        type: 'file',
        size: 30,
        sizeDelta: 20,
        what: ['size'],
        mode: 0o644,
        owner: '0:0',
        layer: 1,
      },
      {
        path: 'usr/bin/new',
        change: 'added',
        type: 'file',
        size: 7,
        sizeDelta: 7,
        mode: 0o2755,
        owner: '0:0',
        layer: 1,
        setuidSet: true,
      },
      {
        path: 'srv/data',
        change: 'changed',
        type: 'file',
        size: 5,
        sizeDelta: 0,
        what: ['owner'],
        mode: 0o644,
        owner: '1000:1000',
        baselineOwner: '0:0',
        layer: 1,
      },
      {
        path: 'usr/bin/tool',
        change: 'changed',
        type: 'file',
        size: 100,
        sizeDelta: 0,
        what: ['mode'],
        mode: 0o4755,
        baselineMode: 0o755,
        owner: '0:0',
        layer: 1,
        setuidSet: true,
      },
    ]);
  });
});
