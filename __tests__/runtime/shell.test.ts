import { dedent, load, specs } from './helpers.js';
import {
  isShellScript,
  makefileTarget,
  shebangInterpreter,
  shellTarget,
} from '../../src/targets/runtime/index.js';

describe('shell scripts', () => {
  const SCRIPT = dedent(`
    #!/usr/bin/env bash
    set -euo pipefail
    # layerguard ignore=runtime/privileged -- builds kernel modules
    docker run --privileged \\
      --memory 2g \\
      -v "$(pwd)":/src builder:1 make
    if [ -n "\${CI:-}" ]; then
      id=$(podman run -d --pids-limit 100 redis)
    fi
    cat <<EOF > run-later.sh
    docker run --privileged not-now
    EOF
    echo 'docker run --privileged quoted'
  `);

  it('finds each run command, including those in conditionals and substitutions', () => {
    const all = specs('sh', SCRIPT);
    expect(all.map((s) => [s.engine, s.image?.value, s.source.range.line])).toEqual([
      ['docker', 'builder:1', 4],
      ['podman', 'redis', 8],
    ]);
    expect(all[0].memory?.range).toMatchObject({ line: 5, column: 3 });
    expect(all[1].pidsLimit?.value).toBe(100);
  });

  it('keeps comments (here-document bodies are not comments)', () => {
    const t = load('sh', SCRIPT);
    expect(t.comments?.map((c) => [c.range.line, c.text])).toEqual([
      [1, '!/usr/bin/env bash'],
      [3, 'layerguard ignore=runtime/privileged -- builds kernel modules'],
    ]);
    expect(t.text).toBe(SCRIPT);
  });

  it('reports a syntax error only where it can hide a docker command', () => {
    const clean = load('sh', 'echo "unterminated\n');
    expect(clean.problems).toEqual([]);
    const hiding = load('sh', 'ok=1\necho "start\ndocker run --privileged x\n');
    expect(hiding.problems).toHaveLength(1);
    expect(hiding.problems[0]).toMatchObject({
      message: expect.stringMatching(/shell syntax error/),
      range: { line: 2 },
    });
  });

  it('claims *.sh, *.bash and sh/bash shebangs', () => {
    expect(isShellScript('scripts/run.sh', '')).toBe(true);
    expect(isShellScript('deploy.bash', '')).toBe(true);
    expect(isShellScript('bin/start', '#!/bin/sh\necho\n')).toBe(true);
    expect(isShellScript('bin/start', '#!/usr/bin/env -S bash -e\n')).toBe(true);
    expect(isShellScript('bin/tool', '#!/usr/bin/env python3\n')).toBe(false);
    expect(isShellScript('README.md', '# docker run\n')).toBe(false);
    expect(shebangInterpreter('#!/bin/dash')).toBe('dash');
    expect(shellTarget.claims('Dockerfile', 'FROM alpine\n')).toBe(false);
  });
});

describe('Makefiles', () => {
  const MAKEFILE = [
    'IMAGE ?= app:latest',
    'RUN = docker run --privileged from-a-variable',
    '# make comment',
    '.PHONY: test',
    'test: build',
    '\t@echo "docker run --privileged echoed"',
    '\t-docker run --rm \\',
    '\t   --memory $$MEM -v $$(pwd):/src $(IMAGE) make check',
    '\t# layerguard ignore=runtime/privileged -- needs loop devices',
    '\t+sudo docker run --privileged --pid=host $(IMAGE)',
    '',
    'define TEMPLATE',
    '\tdocker run --privileged in-define',
    'endef',
    'X := docker run --privileged y',
    '\tdocker run --privileged not-a-recipe',
    '',
  ].join('\n');

  it('reads recipe lines only, with @ - + prefixes and $$ handled', () => {
    const all = specs('make', MAKEFILE);
    expect(all.map((s) => [s.image?.raw, s.source.range.line, s.source.range.column])).toEqual([
      ['$(IMAGE)', 7, 3],
      ['$(IMAGE)', 10, 3],
    ]);
    expect(all[0].memory).toMatchObject({ opaque: true, raw: '$MEM', range: { line: 8, column: 5 } });
    expect(all[0].volumes[0]).toMatchObject({ type: 'bind', opaque: true, range: { line: 8, column: 20 } });
    expect(all[1].privileged).toMatchObject({ value: true, range: { line: 10, column: 19, endColumn: 31 } });
    expect(all[1].pid?.range).toMatchObject({ line: 10, column: 32 });
  });

  it('keeps make comments and recipe comments', () => {
    const t = load('make', MAKEFILE);
    expect(t.comments?.map((c) => [c.range.line, c.range.column, c.text])).toEqual([
      [3, 1, 'make comment'],
      [9, 2, 'layerguard ignore=runtime/privileged -- needs loop devices'],
    ]);
  });

  it('claims Makefiles by name', () => {
    expect(makefileTarget.claims('Makefile', '')).toBe(true);
    expect(makefileTarget.claims('sub/GNUmakefile', '')).toBe(true);
    expect(makefileTarget.claims('rules.mk', '')).toBe(true);
    expect(makefileTarget.claims('Makefile.am', '')).toBe(false);
  });
});
