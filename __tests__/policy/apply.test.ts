/**
 * The policy stage: inline suppressions (layerguard, hadolint and BuildKit syntax; next instruction,
 * stage, file; next line and trailing comments in other files), requireReason, reportUnused, locked
 * and malformed suppressions, exceptions (active, expiring, expired, by file), and what evaluate()
 * makes of it all (suppressed findings kept and counted, audit never fails, maxWarnings).
 */
import { applyPolicy, daysLeft } from '../../src/policy/apply.js';
import { evaluate } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/types.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { dockerfileTarget } from '../../src/targets/dockerfile/index.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { formatJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';

const ctx = { cwd: '/nowhere', readSibling: async () => null };
const dockerfile = (text: string, file = 'Dockerfile') =>
  dockerfileTarget.load(file, text, ctx) as Promise<LoadedTarget>;

function policy(extra: Partial<ResolvedPolicy> = {}): ResolvedPolicy {
  return { rules: {}, failOn: 'error', mode: 'enforce', sources: ['test'], ...extra };
}

function finding(
  ruleId: string,
  line: number,
  file = 'Dockerfile',
  severity: Finding['severity'] = 'warning',
): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} here`,
    file,
    kind: 'dockerfile',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
  };
}

const summary = (out: Finding[]) =>
  out.map(
    (f) =>
      `${f.ruleId}@${f.line}${f.suppressed ? ` suppressed(${f.suppressed.kind}: ${f.suppressed.reason} @ ${f.suppressed.source})` : ''}`,
  );

describe('inline suppressions in Dockerfiles', () => {
  const text = [
    '# syntax=docker/dockerfile:1', // 1
    'FROM alpine:latest AS build', // 2
    '# layerguard ignore=dockerfile/apt-pin-versions,DL3015 -- pinned by the base image', // 3
    'RUN apt-get update && \\', // 4
    '    apt-get install -y curl', // 5
    'RUN apt-get install -y git', // 6
    '# hadolint ignore=DL3007', // 7
    'FROM debian:latest', // 8
    '# layerguard ignore-stage=dockerfile/non-root-user -- the final stage sets USER', // 9
    'RUN useradd app', // 10
    'USER root', // 11
  ].join('\n');

  test('ignore= covers the whole next instruction, continuation lines included, and nothing after it', async () => {
    const out = applyPolicy(
      [
        finding('dockerfile/apt-pin-versions', 4),
        finding('dockerfile/apt-no-install-recommends', 5),
        finding('dockerfile/apt-pin-versions', 6),
      ],
      [await dockerfile(text)],
      policy(),
    );
    expect(summary(out)).toEqual([
      'dockerfile/apt-pin-versions@4 suppressed(inline: pinned by the base image @ Dockerfile:3)',
      'dockerfile/apt-no-install-recommends@5 suppressed(inline: pinned by the base image @ Dockerfile:3)',
      'dockerfile/apt-pin-versions@6',
    ]);
  });

  test('hadolint ignore= maps codes through aliases; ignore-stage covers its stage only', async () => {
    const out = applyPolicy(
      [
        finding('dockerfile/base-image-latest', 2),
        finding('dockerfile/base-image-latest', 8),
        finding('dockerfile/non-root-user', 11),
        finding('dockerfile/non-root-user', 2),
      ],
      [await dockerfile(text)],
      policy(),
    );
    expect(summary(out)).toEqual([
      'dockerfile/base-image-latest@2',
      'dockerfile/base-image-latest@8 suppressed(inline: # hadolint ignore=DL3007 (no reason given) @ Dockerfile:7)',
      'dockerfile/non-root-user@11 suppressed(inline: the final stage sets USER @ Dockerfile:9)',
      'dockerfile/non-root-user@2',
    ]);
  });

  test('a stage comment right before FROM applies to that stage; hadolint stage ignore too', async () => {
    const t = await dockerfile(
      [
        'FROM alpine AS a',
        'USER root',
        '# hadolint stage ignore=DL3002',
        'FROM alpine AS b',
        'USER root',
      ].join('\n'),
    );
    const out = applyPolicy(
      [finding('dockerfile/non-root-user', 2), finding('dockerfile/non-root-user', 5)],
      [t],
      policy(),
    );
    expect(summary(out)).toEqual([
      'dockerfile/non-root-user@2',
      'dockerfile/non-root-user@5 suppressed(inline: # hadolint stage ignore=DL3002 (no reason given) @ Dockerfile:3)',
    ]);
  });

  test('ignore-file, hadolint global ignore and BuildKit check=skip cover the whole file', async () => {
    const t = await dockerfile(
      [
        '# check=skip=MaintainerDeprecated',
        'FROM alpine:latest',
        '# hadolint global ignore=DL3002 # legacy image',
        'MAINTAINER someone',
        '# layerguard ignore-file=dockerfile/apt-pin-versions -- pins come from the lock file',
        'RUN apt-get install -y curl',
        'USER root',
      ].join('\n'),
    );
    const out = applyPolicy(
      [
        finding('dockerfile/maintainer-deprecated', 4),
        finding('dockerfile/non-root-user', 7),
        finding('dockerfile/apt-pin-versions', 6),
        finding('dockerfile/base-image-latest', 2),
      ],
      [t],
      policy(),
    );
    expect(summary(out)).toEqual([
      'dockerfile/maintainer-deprecated@4 suppressed(inline: # check=skip=MaintainerDeprecated (no reason given) @ Dockerfile:1)',
      'dockerfile/non-root-user@7 suppressed(inline: legacy image @ Dockerfile:3)',
      'dockerfile/apt-pin-versions@6 suppressed(inline: pins come from the lock file @ Dockerfile:5)',
      'dockerfile/base-image-latest@2',
    ]);
  });

  test('check=skip=all skips every rule with a BuildKit check name, and only those', async () => {
    const t = await dockerfile(
      ['# check=skip=all;error=true', 'FROM alpine:latest', 'MAINTAINER x'].join('\n'),
    );
    const out = applyPolicy(
      [finding('dockerfile/maintainer-deprecated', 3), finding('dockerfile/base-image-latest', 2)],
      [t],
      policy(),
    );
    expect(out.map((f) => !!f.suppressed)).toEqual([true, false]);
  });

  test('suppressions.inline: false ignores every comment', async () => {
    const out = applyPolicy(
      [finding('dockerfile/apt-pin-versions', 4)],
      [await dockerfile(text)],
      policy({ suppressions: { inline: false, requireReason: true, reportUnused: true } }),
    );
    expect(summary(out)).toEqual(['dockerfile/apt-pin-versions@4']);
  });
});

describe('findings about suppressions', () => {
  const settings = { inline: true, requireReason: true, reportUnused: true };

  test('requireReason: policy/suppression-without-reason at the comment, the suppression still applies', async () => {
    const t = await dockerfile(['FROM alpine:latest', '# layerguard ignore=DL3002', 'USER root'].join('\n'));
    const out = applyPolicy(
      [finding('dockerfile/non-root-user', 3)],
      [t],
      policy({ suppressions: settings }),
    );
    expect(out.map((f) => [f.ruleId, f.line, f.column, f.severity, !!f.suppressed])).toEqual([
      ['dockerfile/non-root-user', 3, 1, 'warning', true],
      ['policy/suppression-without-reason', 2, 1, 'warning', false],
    ]);
    expect(out[1].message).toBe(
      'this suppression gives no reason, so the next reader cannot tell whether it still holds; add one after " -- ", e.g. # layerguard ignore=DL3002 -- <why this is acceptable>',
    );
  });

  test('reportUnused: policy/unused-suppression names the rules that reported nothing', async () => {
    const t = await dockerfile(
      [
        'FROM alpine:latest',
        '# layerguard ignore=DL3002,dockerfile/base-image-latest -- x',
        'USER root',
        '# hadolint ignore=DL9999',
        'RUN true',
      ].join('\n'),
    );
    const out = applyPolicy(
      [finding('dockerfile/non-root-user', 3)],
      [t],
      policy({ suppressions: settings }),
    );
    expect(
      out.filter((f) => f.ruleId.startsWith('policy/')).map((f) => [f.ruleId, f.line, f.message]),
    ).toEqual([
      [
        'policy/unused-suppression',
        2,
        'dockerfile/base-image-latest reports nothing on the next instruction, so this suppression silences nothing and would hide a future finding; remove dockerfile/base-image-latest from it',
      ],
    ]);
  });

  test('unknown rules in a layerguard comment are policy/invalid-suppression, with a suggestion; malformed comments too', async () => {
    const t = await dockerfile(
      [
        'FROM alpine',
        '# layerguard ignore=dockerfile/non-root-usr -- x',
        'USER root',
        '# layerguard ignroe=x',
        'RUN true',
      ].join('\n'),
    );
    const out = applyPolicy([], [t], policy());
    expect(out.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'policy/invalid-suppression',
        4,
        '"# layerguard ignroe=x" is not a layerguard directive; write # layerguard ignore=<rule>[,<rule>] -- <reason> (or ignore-stage=, ignore-file=)',
      ],
      [
        'policy/invalid-suppression',
        2,
        '"dockerfile/non-root-usr" is not a rule id or alias (did you mean "dockerfile/non-root-user"?), so this comment suppresses nothing for it; `layerguard rules` lists the rule ids',
      ],
    ]);
  });

  test('locked rules cannot be suppressed inline: the finding stays and policy/locked-suppression says why', async () => {
    const t = await dockerfile(
      ['FROM alpine', '# layerguard ignore=DL3002,DL3007 -- we need root', 'USER root'].join('\n'),
    );
    const locked = {
      'dockerfile/non-root-user': {
        source: 'github:acme/policies/org.yml@v1:12',
        layer: 0,
        severity: 'error' as const,
        options: {},
        mode: 'enforce' as const,
      },
    };
    const out = applyPolicy(
      [finding('dockerfile/non-root-user', 3, 'Dockerfile', 'error')],
      [t],
      policy({ locked, suppressions: settings }),
    );
    expect(out.map((f) => [f.ruleId, f.line, !!f.suppressed])).toEqual([
      ['dockerfile/non-root-user', 3, false],
      ['policy/locked-suppression', 2, false],
      ['policy/unused-suppression', 2, false],
    ]);
    expect(out[1].message).toBe(
      'dockerfile/non-root-user is locked by github:acme/policies/org.yml@v1:12, so this comment cannot suppress it and the findings stay; fix them, or ask the owners of that policy for an exception',
    );
  });

  test('the policy rules follow the policy: off, or audit per file', async () => {
    const t = await dockerfile(['FROM alpine', '# layerguard ignore=DL3002', 'USER root'].join('\n'));
    const p = policy({
      suppressions: settings,
      rules: {
        'policy/suppression-without-reason': { severity: 'error', mode: 'audit' },
        'policy/unused-suppression': { severity: 'off' },
      },
    });
    const out = applyPolicy([], [t], p);
    expect(out.map((f) => [f.ruleId, f.severity, f.mode])).toEqual([
      ['policy/suppression-without-reason', 'error', 'audit'],
    ]);
  });
});

describe('inline suppressions in other files', () => {
  const text = [
    'services:', // 1
    '  web:', // 2
    '    image: nginx', // 3
    '    # layerguard ignore=runtime/privileged -- needs raw sockets', // 4
    '', // 5
    '    privileged: true', // 6
    '    network_mode: host # layerguard ignore=runtime/host-namespaces -- monitoring agent', // 7
    '    pid: host', // 8
  ].join('\n');
  const comments = text.split('\n').flatMap((l, i) => {
    const at = l.indexOf('#');
    return at < 0
      ? []
      : [
          {
            text: l.slice(at + 1).trim(),
            range: { line: i + 1, column: at + 1, endLine: i + 1, endColumn: l.length + 1 },
          },
        ];
  });
  const target: LoadedTarget = {
    kind: 'runtime',
    file: 'compose.yml',
    text,
    units: [],
    problems: [],
    comments,
  };
  const f = (ruleId: string, line: number): Finding => ({
    ...finding(ruleId, line, 'compose.yml'),
    kind: 'runtime',
  });

  test('a comment line covers the next code line; a trailing comment covers its own line', () => {
    const out = applyPolicy(
      [f('runtime/privileged', 6), f('runtime/host-namespaces', 7), f('runtime/host-namespaces', 8)],
      [target],
      policy(),
    );
    expect(summary(out)).toEqual([
      'runtime/privileged@6 suppressed(inline: needs raw sockets @ compose.yml:4)',
      'runtime/host-namespaces@7 suppressed(inline: monitoring agent @ compose.yml:7)',
      'runtime/host-namespaces@8',
    ]);
  });

  test('a shell comment covers a command continued over several lines', () => {
    const sh = [
      '#!/bin/sh',
      '# layerguard ignore=runtime/privileged -- CI only',
      'docker run \\',
      '  --rm \\',
      '  --privileged alpine',
      'docker run --privileged alpine',
    ].join('\n');
    const t: LoadedTarget = {
      kind: 'runtime',
      file: 'ci.sh',
      text: sh,
      units: [],
      problems: [],
      comments: [
        {
          text: 'layerguard ignore=runtime/privileged -- CI only',
          range: { line: 2, column: 1, endLine: 2, endColumn: 48 },
        },
      ],
    };
    const out = applyPolicy(
      [
        { ...f('runtime/privileged', 5), file: 'ci.sh' },
        { ...f('runtime/privileged', 6), file: 'ci.sh' },
      ],
      [t],
      policy(),
    );
    expect(out.map((x) => !!x.suppressed)).toEqual([true, false]);
  });

  test('ignore-stage outside a Dockerfile is reported, not applied', () => {
    const t: LoadedTarget = {
      ...target,
      comments: [
        {
          text: 'layerguard ignore-stage=runtime/privileged',
          range: { line: 4, column: 5, endLine: 4, endColumn: 50 },
        },
      ],
    };
    const out = applyPolicy([f('runtime/privileged', 6)], [t], policy());
    expect(out.map((x) => [x.ruleId, !!x.suppressed, x.message])).toEqual([
      ['runtime/privileged', false, 'runtime/privileged here'],
      [
        'policy/invalid-suppression',
        false,
        '# layerguard ignore-stage=runtime/privileged: ignore-stage applies only in Dockerfiles; use ignore= for the next line or ignore-file= here',
      ],
    ]);
  });
});

describe('exceptions', () => {
  const at = { file: '.layerguard.yml', line: 9, column: 14, endLine: 9, endColumn: 24 };
  const ex = (expires: string, files?: string[]) => ({
    rules: ['dockerfile/base-image-latest'],
    ...(files ? { files } : {}),
    reason: 'vendor image',
    expires,
    ticket: 'OPS-1',
    source: '.layerguard.yml:6',
    at,
    layer: 0,
  });
  const now = new Date('2030-01-10T15:00:00Z');

  test('daysLeft counts whole UTC days; the expiry day itself still applies', () => {
    expect(daysLeft('2030-01-10', now)).toBe(0);
    expect(daysLeft('2030-01-11', now)).toBe(1);
    expect(daysLeft('2030-01-09', now)).toBe(-1);
  });

  test('an active exception suppresses matching findings, by rule and file glob', () => {
    const out = applyPolicy(
      [
        finding('dockerfile/base-image-latest', 1, 'legacy/Dockerfile'),
        finding('dockerfile/base-image-latest', 1, 'app/Dockerfile'),
        finding('dockerfile/non-root-user', 1, 'legacy/Dockerfile'),
      ],
      [],
      policy({ exceptions: [ex('2031-01-01', ['legacy/**'])] }),
      now,
    );
    expect(summary(out)).toEqual([
      'dockerfile/base-image-latest@1 suppressed(exception: vendor image (OPS-1); until 2031-01-01 @ .layerguard.yml:6)',
      'dockerfile/base-image-latest@1',
      'dockerfile/non-root-user@1',
    ]);
  });

  test('within warnBeforeDays it still applies and policy/exception-expiring points at expires', () => {
    const out = applyPolicy(
      [finding('dockerfile/base-image-latest', 1)],
      [],
      policy({ exceptions: [ex('2030-01-15')], warnBeforeDays: 5 }),
      now,
    );
    expect(out.map((f) => [f.ruleId, f.file, f.line, f.column, f.severity, !!f.suppressed])).toEqual([
      ['dockerfile/base-image-latest', 'Dockerfile', 1, 1, 'warning', true],
      ['policy/exception-expiring', '.layerguard.yml', 9, 14, 'info', false],
    ]);
    expect(out[1].message).toBe(
      'the exception for dockerfile/base-image-latest ("vendor image") expires on 2030-01-15, in 5 days; after that its findings count again, so fix them now or renew it with a reason (OPS-1)',
    );
    // One day more than warnBeforeDays: quiet.
    expect(applyPolicy([], [], policy({ exceptions: [ex('2030-01-16')], warnBeforeDays: 5 }), now)).toEqual(
      [],
    );
  });

  test('after its date it no longer applies and policy/exception-expired is reported', () => {
    const out = applyPolicy(
      [finding('dockerfile/base-image-latest', 1)],
      [],
      policy({ exceptions: [ex('2030-01-07')] }),
      now,
    );
    expect(out.map((f) => [f.ruleId, !!f.suppressed])).toEqual([
      ['dockerfile/base-image-latest', false],
      ['policy/exception-expired', false],
    ]);
    expect(out[1].message).toBe(
      'the exception for dockerfile/base-image-latest ("vendor image") expired on 2030-01-07, 3 days ago, so it no longer applies and the findings it covered are reported again; fix them, or renew it with a later expires and a current reason (OPS-1)',
    );
  });
});

describe('evaluate: suppressed findings stay, are counted, and never fail; audit and maxWarnings', () => {
  test('JSON and SARIF keep suppressed findings with their reason; the summary counts them', async () => {
    const t = await dockerfile(
      [
        'FROM alpine:latest',
        '# layerguard ignore=DL3007 -- pinned by renovate',
        'FROM debian:latest AS b',
      ].join('\n'),
    );
    const result = evaluate([t], policy({ rules: {} }), { now: new Date('2030-01-01') });
    const latest = result.findings.filter((f) => f.ruleId === 'dockerfile/base-image-latest');
    expect(latest.map((f) => [f.line, f.suppressed?.reason])).toEqual([
      [1, undefined],
      [3, 'pinned by renovate'],
    ]);
    expect(result.summary.suppressed).toBe(1);
    const json = JSON.parse(formatJson(result));
    expect(
      json.findings.find((f: Finding) => f.line === 3 && f.ruleId === 'dockerfile/base-image-latest')
        .suppressed,
    ).toEqual({
      kind: 'inline',
      reason: 'pinned by renovate',
      source: 'Dockerfile:2',
    });
    const sarif = toSarif(result) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] };
    const suppressed = sarif.runs[0].results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'pinned by renovate' }]);
  });

  test('maxWarnings fails the run above the limit; audit findings never fail it', async () => {
    const t = await dockerfile(['FROM alpine:latest', 'FROM debian:latest AS b'].join('\n'));
    const two = evaluate([t], policy()).summary.warnings;
    expect(two).toBeGreaterThanOrEqual(2);
    expect(evaluate([t], policy({ maxWarnings: two })).verdict).toBe('pass');
    const over = evaluate([t], policy({ maxWarnings: two - 1 }));
    expect([over.verdict, over.maxWarnings]).toEqual(['fail', two - 1]);
    expect(evaluate([t], policy({ maxWarnings: 0, mode: 'audit' })).verdict).toBe('pass');
    expect(evaluate([t], policy({ maxWarnings: 0 }), { failOn: 'none' }).verdict).toBe('pass');
    const audited = evaluate([t], policy({ failOn: 'warning', mode: 'audit' }));
    expect(audited.verdict).toBe('pass');
    expect(audited.summary.audit).toBe(audited.findings.length);
  });
});

test('ShellCheck findings (shellcheck/SCnnnn): suppressed by their code or by dockerfile/shellcheck, inline or by exception', async () => {
  const t = await dockerfile(
    [
      'FROM alpine',
      '# hadolint ignore=SC2086',
      'RUN echo $x',
      '# layerguard ignore=dockerfile/shellcheck -- generated',
      'RUN echo $y `z`',
      'RUN echo $w',
    ].join('\n'),
  );
  const sc = (code: string, line: number) => ({
    ...finding(`shellcheck/${code}`, line),
    severity: 'info' as const,
  });
  const ex = {
    rules: ['shellcheck/SC2086'],
    reason: 'word splitting wanted',
    expires: '2099-01-01',
    source: 'p.yml:3',
    at: { file: 'p.yml', line: 5, column: 14, endLine: 5, endColumn: 24 },
    layer: 0,
  };
  const out = applyPolicy(
    [sc('SC2086', 3), sc('SC2086', 5), sc('SC2006', 5), sc('SC2086', 6), sc('SC2016', 6)],
    [t],
    policy({ exceptions: [ex] }),
  );
  expect(out.map((f) => [f.ruleId, f.line, f.suppressed?.kind])).toEqual([
    ['shellcheck/SC2086', 3, 'inline'],
    ['shellcheck/SC2086', 5, 'inline'],
    ['shellcheck/SC2006', 5, 'inline'],
    ['shellcheck/SC2086', 6, 'exception'],
    ['shellcheck/SC2016', 6, undefined],
  ]);
});

test('with the compose loader: a comment above a key suppresses the real finding on it', async () => {
  const { loadComposeFile } = await import('../../src/targets/runtime/index.js');
  const text = [
    'services:',
    '  agent:',
    '    image: datadog/agent:7',
    '    # layerguard ignore=runtime/privileged -- needs raw host access',
    '    privileged: true',
    '  web:',
    '    image: nginx:1.27',
    '    privileged: true',
    '',
  ].join('\n');
  const result = evaluate([loadComposeFile('compose.yml', text)], policy());
  const privileged = result.findings.filter((f) => f.ruleId === 'runtime/privileged');
  expect(privileged.map((f) => [f.line, f.suppressed?.reason])).toEqual([
    [5, 'needs raw host access'],
    [8, undefined],
  ]);
});
