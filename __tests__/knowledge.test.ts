import { instructionsOf, runInstructions, withTriggers } from '../src/knowledge/instructions.js';
import { findCommands, programsOf } from '../src/knowledge/invocations.js';
import { parseDockerfile } from '../src/targets/dockerfile/parse.js';
import { imageReferenceProblem } from '../src/knowledge/image-references.js';
import { levenshtein, SuggestionBudget, suggestNameWithin } from '../src/knowledge/suggestions.js';
import { parsePlatform } from '../src/knowledge/platform.js';
import { scanVarRefs } from '../src/knowledge/variables.js';
import { splitPortSpec } from '../src/knowledge/expose.js';

describe('rule support: BuildKit conventions', () => {
  it('suggests names fewer than 3 edits away, as BuildKit does', () => {
    expect(levenshtein('PAHT', 'PATH')).toBe(2);
    const suggestName = (v: string, c: string[]) => suggestNameWithin(v, c, new SuggestionBudget());
    expect(suggestName('PAHT', ['PATH', 'HOME'])).toBe('PATH');
    expect(suggestName('BULIDPLATFORM', ['BUILDPLATFORM', 'TARGETPLATFORM'])).toBe('BUILDPLATFORM');
    expect(suggestName('version', ['tag'])).toBeUndefined();
    expect(suggestName('PATH', ['PATH', 'PATX'])).toBeUndefined();
  });

  it('stops suggesting once the budget of a file is spent, whatever the number of names', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `stage${i}`);
    const budget = new SuggestionBudget(100_000);
    let suggested = 0;
    for (let i = 0; i < 1000; i++) if (suggestNameWithin(`stagf${i}`, names, budget)) suggested++;
    expect(suggested).toBeGreaterThan(0);
    expect(budget.exhausted).toBe(true);
    // One search may overshoot by one comparison, never more.
    expect(budget.spent).toBeLessThanOrEqual(100_000 + 64 * 64 + 1);
  });

  it('finds variable references as the Dockerfile lexer expands them', () => {
    const names = (t: string) => scanVarRefs(t).map((r) => r.name);
    expect(names('$a ${b} ${c:-$d} \\$e \'$f\' "$g"')).toEqual(['a', 'b', 'c', 'd', 'g']);
    expect(scanVarRefs('x=${foo}')[0]).toEqual({ name: 'foo', start: 2, end: 8 });
    expect(names('a \\\n# $comment\n  $b')).toEqual(['comment', 'b']);
    expect(scanVarRefs('a \\\n# $comment\n  $b', '\\', true).map((r) => r.name)).toEqual(['b']);
  });

  it('parses and normalises platforms', () => {
    expect(parsePlatform('linux/amd64')).toEqual({ os: 'linux', arch: 'amd64', variant: undefined });
    expect(parsePlatform('linux/x86_64')).toMatchObject({ os: 'linux', arch: 'amd64' });
    expect(parsePlatform('linux/arm/v7')).toEqual({ os: 'linux', arch: 'arm', variant: 'v7' });
    expect(parsePlatform('arm64')).toMatchObject({ os: 'linux', arch: 'arm64' });
    expect(parsePlatform('windows')).toMatchObject({ os: 'windows' });
    expect(parsePlatform('linux/')).toBeUndefined();
    expect(parsePlatform('bogus')).toBeUndefined();
  });

  it('validates image references as the builder does', () => {
    for (const ok of [
      'alpine',
      'alpine:3.19',
      'docker.io/library/alpine',
      'localhost:5000/a/b:c',
      'ghcr.io/o/r@sha256:' + 'a'.repeat(64),
      'my_repo/a-b.c',
    ]) {
      expect(imageReferenceProblem(ok)).toBeUndefined();
    }
    expect(imageReferenceProblem('')).toContain('empty');
    expect(imageReferenceProblem('busybox:')).toContain('tag');
    expect(imageReferenceProblem('Alpine')).toContain('lower-case');
    expect(imageReferenceProblem('@bogus')).toBeDefined();
    expect(imageReferenceProblem('a'.repeat(64).replace(/a/g, 'f'))).toContain('image ID');
  });

  it('splits port specifications', () => {
    expect(splitPortSpec('127.0.0.1:8080:80/udp')).toEqual({
      ip: '127.0.0.1',
      hostPort: '8080',
      containerPort: '80',
      proto: 'udp',
    });
    expect(splitPortSpec('80')).toEqual({ ip: '', hostPort: '', containerPort: '80', proto: '' });
  });
});

describe('rule support: instructions by keyword', () => {
  const text = [
    'FROM alpine:3.20 AS build',
    'RUN make',
    'ONBUILD RUN echo child',
    'EXPOSE 80',
    'FROM debian:12',
    'COPY --from=build /out /app',
    'RUN apt-get update',
    'ONBUILD COPY . /src',
    'CMD ["/app"]',
    'ENTRYPOINT ["/init"]',
  ].join('\n');
  const model = parseDockerfile(text, 'Dockerfile', { dockerignore: null });
  const lines = (list: readonly { range: { line: number } }[]) => list.map((i) => i.range.line);

  it('lists ONBUILD triggers right after their ONBUILD, in file order', () => {
    expect(lines(withTriggers(model))).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9, 10]);
    expect(lines(instructionsOf(model, 'RUN'))).toEqual([2, 3, 7]);
    expect(lines(instructionsOf(model, 'COPY'))).toEqual([6, 8]);
    expect(lines(instructionsOf(model, 'ENTRYPOINT', 'CMD'))).toEqual([9, 10]);
    expect(instructionsOf(model, 'HEALTHCHECK')).toEqual([]);
  });

  it('keeps the RUNs of the shipped stages, and the triggers unless asked not to', () => {
    expect(lines(runInstructions(model))).toEqual([2, 3, 7]);
    expect(lines(runInstructions(model, { shippedOnly: true }))).toEqual([3, 7]);
    expect(lines(runInstructions(model, { onbuild: false }))).toEqual([2, 7]);
    expect(lines(runInstructions(model, { shippedOnly: true, onbuild: false }))).toEqual([7]);
  });

  it('indexes a file once, whatever the number of rules that ask', () => {
    expect(instructionsOf(model, 'RUN')).toBe(runInstructions(model));
    expect(instructionsOf(model, 'CMD', 'ENTRYPOINT')).toBe(instructionsOf(model, 'CMD', 'ENTRYPOINT'));
    expect(withTriggers(model)).toBe(withTriggers(model));
  });
});

describe('rule support: the invocations of a script by program', () => {
  // Scripts of up to 8 invocations are searched by a pass, longer ones through a map: both give the
  // invocations of the names asked for, in script order, and the names programsOf sees.
  const scriptOf = (commands: string[]) =>
    parseDockerfile(`FROM debian:12\nRUN ${commands.join(' && ')}\n`, 'Dockerfile', { dockerignore: null })
      .instructions[1];
  const short = ['apt-get update', 'sudo yum install -y a', 'curl -fsS x', 'apt-get install b'];
  const long = [...short, ...short, 'wget y', 'env A=1 yum -y remove c', 'true'];

  it.each([
    ['short', short],
    ['long', long],
  ])('finds the %s script’s invocations by one name, by several, and by none', (_label, commands) => {
    const inst = scriptOf(commands);
    const lines = (names: Parameters<typeof findCommands>[1]) =>
      findCommands(inst, names).map((inv) => inv.words.map((w) => w.value).join(' '));
    const expected = (names: string[]) =>
      commands
        .filter((c) => names.some((n) => c.split(' ').includes(n)))
        .map((c) => c.replace(/^(sudo|env A=1) /, ''));
    expect(lines('yum')).toEqual(expected(['yum']));
    expect(lines(['curl', 'apt-get', 'wget'])).toEqual(expected(['curl', 'apt-get', 'wget']));
    expect(lines(['yum', 'yum'])).toEqual(expected(['yum']));
    expect(lines('zypper')).toEqual([]);
    const model = parseDockerfile(`FROM debian:12\nRUN ${commands.join(' && ')}\n`, 'Dockerfile', {
      dockerignore: null,
    });
    const programs = new Set(commands.map((c) => c.replace(/^(sudo|env A=1) /, '').split(' ')[0]));
    expect([...programsOf(model)].sort()).toEqual([...programs].sort());
  });
});
