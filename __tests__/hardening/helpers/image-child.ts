/**
 * Child-process entry of the hostile-archive tests: reads one image input with the real loader,
 * runs every rule on it, and prints one JSON line with what it found, how long it took and how much
 * memory the process used at its peak. The parent starts it with a small heap
 * (`--max-old-space-size`), so that a loader holding a layer or an archive in memory dies instead of
 * passing. Bundled by the test with esbuild, so that it starts in a fraction of a second.
 */
import { readArchive } from '../../../src/targets/image/archive.js';
import { DEFAULT_LIMITS } from '../../../src/targets/image/layer-index.js';
import { loadImageTargets } from '../../../src/targets/image/load.js';
import { evaluate } from '../../../src/engine/check.js';
import { everyRulePolicy } from '../../helpers/paths.js';

interface Job {
  /** An image input (file or folder) relative to cwd. */
  input?: string;
  /** Or a generated archive stream: `count` copies of an uncompressed block of `entries` empty entries. */
  stream?: { entries: number; count: number };
  cwd: string;
  limits?: Record<string, number>;
}

function emptyEntries(n: number): Buffer {
  const out = Buffer.alloc(n * 512);
  for (let i = 0; i < n; i++) {
    const h = out.subarray(i * 512, (i + 1) * 512);
    h.write(`f${i}`, 0, 'latin1');
    h.write('0000644\0', 100, 'latin1');
    h.write('00000000000\0', 124, 'latin1');
    h.write('0', 156, 'latin1');
    h.write('ustar\u000000', 257, 'latin1');
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  }
  return out;
}

async function main() {
  const job = JSON.parse(process.argv[2]) as Job;
  const t0 = performance.now();
  let result: unknown;
  if (job.stream) {
    const block = emptyEntries(job.stream.entries);
    const count = job.stream.count;
    let yielded = 0;
    const source = (async function* () {
      for (; yielded < count; yielded++) yield block;
    })();
    const contents = await readArchive(source, { ...DEFAULT_LIMITS, ...job.limits }, { files: 0 });
    result = { problems: contents.problems, entries: contents.entries, blocksRead: yielded };
  } else {
    const targets = await loadImageTargets(job.input!, {
      cwd: job.cwd,
      limits: job.limits,
      dockerCommand: '/nonexistent/docker',
    });
    const checked = evaluate(targets, everyRulePolicy());
    result = {
      targets: targets.map((t) => ({
        file: t.file,
        units: t.units.length,
        problems: t.problems.map((p) => p.message),
        files: t.units
          .flatMap((u) =>
            ((u.model as { layers?: { files?: { path: string }[] }[] }).layers ?? []).flatMap((l) =>
              [...(l.files ?? [])].map((f) => f.path),
            ),
          )
          .slice(0, 200),
      })),
      findings: checked.findings.map((f) => ({ ruleId: f.ruleId, message: f.message })),
    };
  }
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, result }) + '\n',
  );
}

await main();
