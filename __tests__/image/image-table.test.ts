import { formatImageTables } from '../../src/report/image-table.js';
import type { CheckResult } from '../../src/engine/check.js';
import type { ImageStats } from '../../src/targets/image/model.js';

function result(stats: ImageStats[], extra: CheckResult['targets'] = []): CheckResult {
  return {
    version: 1,
    verdict: 'pass',
    failOn: 'error',
    findings: [],
    targets: [
      ...extra,
      ...stats.map((s) => ({ file: s.ref, kind: 'image' as const, findings: 0, stats: { image: s } })),
    ],
    summary: { targets: stats.length, errors: 0, warnings: 0, infos: 0, suppressed: 0, audit: 0, byRule: {} },
    policy: { sources: [] },
    missing: [],
    sources: new Map(),
  };
}

const stats: ImageStats = {
  ref: 'app.tar',
  name: 'ghcr.io/o/app:1, app:latest',
  platform: 'linux/amd64',
  source: 'oci-archive',
  size: 157_000_000,
  compressedSize: 60_000_000,
  layerCount: 3,
  filesIndexed: true,
  efficiency: 0.9,
  wastedBytes: 12_000_000,
  layers: [
    {
      index: 1,
      size: 80_000_000,
      createdBy: '/bin/sh -c #(nop) ADD file:' + 'a'.repeat(64) + ' in / ',
      wastedBytes: 0,
      baseline: 'shared',
    },
    {
      index: 2,
      size: 65_000_000,
      createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y curl | tee log # buildkit',
      wastedBytes: 12_000_000,
      baseline: 'new',
    },
    { index: 3, size: 12_000_000, createdBy: '', baseline: 'new' },
  ],
  baseline: {
    ref: 'app:prev',
    platform: 'linux/amd64',
    size: 100_000_000,
    layerCount: 2,
    sizeDelta: 57_000_000,
    layerDelta: 1,
    sharedLayers: 1,
  },
};

describe('formatImageTables', () => {
  it('renders a markdown table per image with a Mermaid bar chart of layer sizes', () => {
    const md = formatImageTables(
      result([stats], [{ file: 'Dockerfile', kind: 'dockerfile', findings: 0 }]),
      'markdown',
    );
    expect(md).toContain('#### Image `app.tar (ghcr.io/o/app:1)`');
    expect(md).toContain(
      '3 layers, 157 MB, linux/amd64, 60.0 MB compressed, efficiency 90.0 %, 12.0 MB wasted',
    );
    expect(md).toContain(
      'against app:prev (linux/amd64, 2 layers, 100 MB): +57.0 MB (+57.0 %), +1 layer, 1 shared',
    );
    expect(md).toContain('| # | Size | Wasted | Baseline | Created by |');
    expect(md).toContain('| 1 | 80.0 MB |  | shared | `ADD file:aaaaaaaaaaaa… /` |');
    // A pipe inside created_by is escaped so that the table keeps its columns.
    expect(md).toContain(
      '| 2 | 65.0 MB | 12.0 MB | new | `RUN apt-get update && apt-get install -y curl \\| tee log` |',
    );
    expect(md).toContain('| 3 | 12.0 MB |  | new | `(no created_by)` |');
    expect(md).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Layer sizes of ghcr.io/o/app:1 (linux/amd64)"',
        '    x-axis "layer" ["1", "2", "3"]',
        '    y-axis "MB" 0 --> 88',
        '    bar [80.0, 65.0, 12.0]',
        '```',
      ].join('\n'),
    );
    expect(md).not.toContain('Dockerfile');
  });

  it('renders aligned text', () => {
    const text = formatImageTables(result([stats]), 'text');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'app.tar: 3 layers, 157 MB, linux/amd64, 60.0 MB compressed, efficiency 90.0 %, 12.0 MB wasted',
    );
    expect(lines[2]).toMatch(/^ {2}# +size +wasted +baseline +created by$/);
    expect(lines[4]).toMatch(/^ {2}2 +65\.0 MB +12\.0 MB +new +RUN apt-get update/);
    expect(lines[3].indexOf('80.0 MB') + 7).toBe(lines[4].indexOf('65.0 MB') + 7);
  });

  it('shows unknown layer sizes (inspect JSON) without a chart', () => {
    const inspect: ImageStats = {
      ref: 'inspect.json',
      platform: 'linux/arm64',
      source: 'inspect-json',
      size: 5_000_000,
      layerCount: 1,
      filesIndexed: false,
      layers: [{ index: 1, createdBy: '' }],
    };
    const md = formatImageTables(result([inspect]), 'markdown');
    expect(md).toContain('| 1 | ? | `(no created_by)` |');
    expect(md).not.toContain('mermaid');
  });

  it('summarises images with very many layers', () => {
    const many: ImageStats = {
      ...stats,
      baseline: undefined,
      layerCount: 130,
      layers: Array.from({ length: 130 }, (_, i) => ({
        index: i + 1,
        size: 1000,
        createdBy: `RUN step ${i}`,
      })),
    };
    const md = formatImageTables(result([many]), 'markdown');
    expect(md).toContain('| … | 10.0 kB | | 10 more layers |');
    expect(md.match(/^\| \d+ \|/gm)).toHaveLength(120);
  });

  it('lists the wasted files, largest first, capped with "N more" counting those the stats left out', () => {
    const wastedFiles = Array.from({ length: 12 }, (_, i) => ({
      path: `var/cache/f${i}`,
      size: 1_000_000 - i * 1000,
      layers: i === 0 ? [1, 2] : [2],
      hiddenBy: 3,
    }));
    const withFiles: ImageStats = {
      ...stats,
      wastedFiles,
      wastedFilesOmitted: { count: 5, bytes: 500 },
    };
    const md = formatImageTables(result([withFiles]), 'markdown');
    expect(md).toContain('Wasted files, largest first (12.0 MB in all):');
    expect(md).toContain('| Wasted | Path | Written in layer | Hidden by layer |');
    expect(md).toContain('| 1.00 MB | `/var/cache/f0` | 1, 2 | 3 |');
    expect(md.match(/^\| [\d.]+ kB \| `\/var\/cache\/f\d+` \| 2 \| 3 \|$/gm)).toHaveLength(9);
    // Rows 11 and 12 (989 kB + 990 kB) and the 5 paths the stats left out (500 B).
    expect(md).toContain('| 1.98 MB | 7 more | | |');
    const text = formatImageTables(result([withFiles]), 'text');
    expect(text).toContain(
      '  wasted files, largest first:\n    1.00 MB  /var/cache/f0  (written in layer 1, 2, hidden by layer 3)\n',
    );
    expect(text).toContain('    … 7 more (1.98 MB)\n');
  });
});
