/**
 * End-of-life dates of base-image families, for `dockerfile/base-image-eol`: the day after which the
 * project publishes no more security fixes for that release. Facts from each project's own release
 * page (the `source` of each family); keep them current when a project publishes a new schedule.
 *
 * `versions` maps a release (as it starts an image tag: `3.8`, `18`, `buster`, `20.04`) to its
 * end-of-life date (YYYY-MM-DD). `suffix`: the release may also appear at the end of another official
 * image's tag (`python:3.12-slim-buster`, `node:20-alpine3.16`).
 */
export interface EolFamily {
  /** Docker Hub official image names (and mirrors' names) the dates apply to. */
  images: string[];
  product: string;
  source: string;
  /** Whether the release names also mark this OS inside other images' tags (`-buster`, `-alpine3.16`). */
  suffix?: { prefix: string };
  versions: Record<string, string>;
}

export const EOL_FAMILIES: readonly EolFamily[] = [
  {
    images: ['python', 'pypy'],
    product: 'Python',
    source: 'https://devguide.python.org/versions/',
    versions: {
      '2': '2020-01-01',
      '3.5': '2020-09-30',
      '3.6': '2021-12-23',
      '3.7': '2023-06-27',
      '3.8': '2024-10-07',
      '3.9': '2025-10-31',
      '3.10': '2026-10-31',
      '3.11': '2027-10-31',
      '3.12': '2028-10-31',
      '3.13': '2029-10-31',
    },
  },
  {
    images: ['node'],
    product: 'Node.js',
    source: 'https://github.com/nodejs/release#release-schedule',
    versions: {
      '4': '2018-04-30',
      '6': '2019-04-30',
      '8': '2019-12-31',
      '10': '2021-04-30',
      '12': '2022-04-30',
      '14': '2023-04-30',
      '15': '2021-06-01',
      '16': '2023-09-11',
      '17': '2022-06-01',
      '18': '2025-04-30',
      '19': '2023-06-01',
      '20': '2026-04-30',
      '21': '2024-06-01',
      '22': '2027-04-30',
      '23': '2025-06-01',
    },
  },
  {
    images: ['ubuntu'],
    product: 'Ubuntu (standard support)',
    source: 'https://ubuntu.com/about/release-cycle',
    suffix: { prefix: '' },
    versions: {
      '14.04': '2019-04-30',
      trusty: '2019-04-30',
      '16.04': '2021-04-30',
      xenial: '2021-04-30',
      '18.04': '2023-05-31',
      bionic: '2023-05-31',
      '20.04': '2025-05-31',
      focal: '2025-05-31',
      '22.04': '2027-06-30',
      jammy: '2027-06-30',
      '24.04': '2029-05-31',
      noble: '2029-05-31',
    },
  },
  {
    images: ['debian'],
    product: 'Debian (including LTS)',
    source: 'https://wiki.debian.org/LTS',
    suffix: { prefix: '' },
    versions: {
      '8': '2020-06-30',
      jessie: '2020-06-30',
      '9': '2022-06-30',
      stretch: '2022-06-30',
      '10': '2024-06-30',
      buster: '2024-06-30',
      '11': '2026-08-31',
      bullseye: '2026-08-31',
      '12': '2028-06-30',
      bookworm: '2028-06-30',
    },
  },
  {
    images: ['alpine'],
    product: 'Alpine Linux',
    source: 'https://alpinelinux.org/releases/',
    suffix: { prefix: 'alpine' },
    versions: {
      '3.12': '2022-05-01',
      '3.13': '2022-11-01',
      '3.14': '2023-05-01',
      '3.15': '2023-11-01',
      '3.16': '2024-05-23',
      '3.17': '2024-11-22',
      '3.18': '2025-05-09',
      '3.19': '2025-11-01',
      '3.20': '2026-04-01',
      '3.21': '2026-11-01',
      '3.22': '2027-05-01',
    },
  },
  {
    images: ['centos'],
    product: 'CentOS Linux',
    source: 'https://www.centos.org/centos-linux-eol/',
    versions: { '6': '2020-11-30', '7': '2024-06-30', '8': '2021-12-31', '': '2024-06-30' },
  },
  {
    images: ['golang'],
    product: 'Go',
    source: 'https://go.dev/doc/devel/release (each release is supported until two newer ones are out)',
    versions: {
      '1.19': '2023-08-08',
      '1.20': '2024-02-06',
      '1.21': '2024-08-13',
      '1.22': '2025-02-11',
      '1.23': '2025-08-12',
    },
  },
  {
    images: ['php'],
    product: 'PHP',
    source: 'https://www.php.net/supported-versions.php',
    versions: {
      '5': '2018-12-31',
      '7.0': '2019-01-10',
      '7.1': '2019-12-01',
      '7.2': '2020-11-30',
      '7.3': '2021-12-06',
      '7.4': '2022-11-28',
      '8.0': '2023-11-26',
      '8.1': '2025-12-31',
      '8.2': '2026-12-31',
      '8.3': '2027-12-31',
    },
  },
  {
    images: ['ruby'],
    product: 'Ruby',
    source: 'https://www.ruby-lang.org/en/downloads/branches/',
    versions: {
      '2.6': '2022-04-12',
      '2.7': '2023-03-31',
      '3.0': '2024-04-23',
      '3.1': '2025-03-26',
      '3.2': '2026-03-31',
    },
  },
];
