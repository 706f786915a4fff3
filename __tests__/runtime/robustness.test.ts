/**
 * Bad input never crashes a run-configuration loader: arbitrary text (and mutations of realistic
 * input) gives containers and problems whose ranges are valid, and every runtime rule runs on them.
 */
import fc from 'fast-check';
import { RULES } from '../../src/rules/index.js';
import type { Range } from '../../src/engine/types.js';
import { load } from './helpers.js';
import type { SourceFormat } from './helpers.js';

const FORMATS: SourceFormat[] = ['compose', 'workflow', 'sh', 'make', 'inspect', 'kubernetes'];
const runtimeRules = RULES.filter((r) => r.kind === 'runtime');

const SEEDS: Record<SourceFormat, string> = {
  compose:
    'x: &a\n  mem_limit: 1g\nservices:\n  web:\n    <<: *a\n    image: "n:1"\n    cap_add: [SYS_ADMIN]\n    volumes:\n      - /:/h:ro\n      - {type: bind, source: /etc, target: /e}\n    deploy: {resources: {limits: {memory: 2g}}}\n',
  workflow:
    'on: push\njobs:\n  a:\n    container:\n      image: x\n      options: --memory 1g --pid host\n    steps:\n      - run: |\n          docker run \\\n            --privileged ${{ x }} img\n      - run: >\n          podman run\n          -m 2g i\n',
  sh: '#!/bin/sh\nsudo docker run -itm 1g --userns=host -v /:/h "$IMG" sh -c "x"\ncat <<EOF\nq\nEOF\necho "$(podman create --cap-add ALL y)"\n',
  make: 'A = 1\nt:\n\t@docker run --rm -m $$M $(IMG) \\\n\t  --privileged\n\t-podman run x\n',
  inspect:
    '[{"Name": "/a", "HostConfig": {"Memory": 0, "CapAdd": ["SYS_ADMIN"], "Binds": ["/:/h"]}, "Mounts": []}]',
  kubernetes:
    'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: w, annotations: {a: b}}\n  spec:\n    template:\n      metadata:\n        annotations:\n          container.apparmor.security.beta.kubernetes.io/c: unconfined\n      spec:\n        hostPID: true\n        securityContext: {runAsUser: 0, sysctls: [{name: kernel.x, value: "1"}]}\n        containers:\n        - name: c\n          image: i:1\n          ports: [{hostPort: 80}]\n          resources: {limits: {memory: 1Gi, cpu: 500m}}\n          securityContext: {privileged: true, capabilities: {add: [ALL]}}\n          volumeMounts: [{name: v, mountPath: /h}]\n        volumes: [{name: v, hostPath: {path: /}}]\n---\napiVersion: v1\nkind: Pod\nspec: {containers: [{name: x}]}\n',
};

function valid(r: Range, lines: number): boolean {
  return (
    r.line >= 1 &&
    r.column >= 1 &&
    r.endLine >= r.line &&
    r.endLine <= lines &&
    (r.endLine > r.line || r.endColumn > r.column)
  );
}

function checkAll(format: SourceFormat, text: string): void {
  const lines = text.split('\n').length;
  const t = load(format, text);
  for (const p of t.problems)
    if (!valid(p.range, lines)) throw new Error(`bad problem range ${JSON.stringify(p)}`);
  for (const c of t.comments ?? [])
    if (!valid(c.range, lines)) throw new Error(`bad comment range ${JSON.stringify(c)}`);
  for (const u of t.units) {
    for (const rule of runtimeRules) {
      rule.check(
        u.model as never,
        { ...rule.defaultOptions, requireDropAll: true, requireNoNewPrivileges: true },
        (d) => {
          if (!valid(d.range, lines))
            throw new Error(`${rule.id}: bad range ${JSON.stringify(d.range)} in ${JSON.stringify(text)}`);
        },
      );
    }
  }
}

/** The seed with a slice replaced by arbitrary text: mostly-valid input broken in one place. */
const mutated = (seed: string) =>
  fc
    .tuple(
      fc.nat({ max: seed.length }),
      fc.nat({ max: 12 }),
      fc.string({
        unit: fc.constantFrom(
          ...' \t\n:-[]{}"\'\\$#&*<>|=,@!%`'.split(''),
          'a',
          '1',
          'docker',
          'run',
          '--privileged',
          '-m',
        ),
        maxLength: 12,
      }),
    )
    .map(([at, cut, insert]) => seed.slice(0, at) + insert + seed.slice(at + cut));

describe('run-configuration loaders on bad input', () => {
  it.each(FORMATS)('%s: the seed itself loads with containers', (format) => {
    expect(load(format, SEEDS[format]).units.length).toBeGreaterThan(0);
    checkAll(format, SEEDS[format]);
  });

  it.each(FORMATS)('%s: arbitrary text never crashes', (format) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => checkAll(format, text)),
      { numRuns: 150 },
    );
  });

  it.each(FORMATS)('%s: a broken realistic file never crashes', (format) => {
    fc.assert(
      fc.property(mutated(SEEDS[format]), (text) => checkAll(format, text)),
      { numRuns: 300 },
    );
  });

  it('handles empty, comment-only and odd-shaped YAML', () => {
    for (const text of [
      '',
      '# only a comment\n',
      'services:\n',
      'services: web\n',
      'services:\n  web: 3\n',
      '- a\n- b\n',
      'jobs: [1]\n',
      '{{{',
    ]) {
      checkAll('compose', text);
      checkAll('workflow', text);
    }
  });
});
