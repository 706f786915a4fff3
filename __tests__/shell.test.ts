import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseShell } from '../src/targets/dockerfile/shell.js';
import type { ParseShellOptions, ShellScript, SimpleCommand } from '../src/targets/dockerfile/shell-types.js';

/** Asserts every offset of the result lies within the text (plus base) and that `raw` slices match. */
function checkOffsets(text: string, r: ShellScript, base = 0): void {
  const lo = base;
  const hi = base + text.length;
  const inBounds = (s: number, e: number) =>
    Number.isInteger(s) && Number.isInteger(e) && lo <= s && s <= e && e <= hi;
  for (const c of r.commands) {
    if (!inBounds(c.start, c.end)) throw new Error(`command offsets out of bounds: ${c.start}-${c.end}`);
    for (const w of [...c.assignments, ...c.words]) {
      if (!inBounds(w.start, w.end)) throw new Error(`word offsets out of bounds: ${w.start}-${w.end}`);
      if (w.start < c.start || w.end > c.end) throw new Error(`word outside its command: ${w.raw}`);
      if (text.slice(w.start - base, w.end - base) !== w.raw) throw new Error(`raw mismatch: ${w.raw}`);
    }
    for (const rd of c.redirects) {
      if (!inBounds(rd.start, rd.end))
        throw new Error(`redirect offsets out of bounds: ${rd.start}-${rd.end}`);
      if (rd.target && !inBounds(rd.target.start, rd.target.end))
        throw new Error('redirect target out of bounds');
    }
  }
  for (const e of r.errors) {
    if (!inBounds(e.start, e.end)) throw new Error(`error offsets out of bounds: ${e.start}-${e.end}`);
  }
}

function parse(text: string, options?: ParseShellOptions): ShellScript {
  const r = parseShell(text, options);
  checkOffsets(text, r, options?.baseOffset ?? 0);
  return r;
}

/** `name arg…` of every command, in order. */
function lines(text: string, options?: ParseShellOptions): string[] {
  return parse(text, options).commands.map((c) => [c.name, ...c.args].join(' '));
}

function only(text: string, options?: ParseShellOptions): SimpleCommand {
  const r = parse(text, options);
  expect(r.commands).toHaveLength(1);
  return r.commands[0];
}

describe('parseShell: simple commands and operators', () => {
  test('real-world apt-get RUN', () => {
    const text =
      'set -eux; apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*';
    const r = parse(text);
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => c.name)).toEqual(['set', 'apt-get', 'apt-get', 'rm']);
    const [set, update, install, rm] = r.commands;
    expect(set.args).toEqual(['-eux']);
    expect(set.prev).toBeNull();
    expect(set.next).toBe(';');
    expect(update.prev).toBe(';');
    expect(update.next).toBe('&&');
    expect(install.args).toEqual(['install', '-y', '--no-install-recommends', 'ca-certificates', 'curl']);
    expect(install.prev).toBe('&&');
    expect(rm.args).toEqual(['-rf', '/var/lib/apt/lists/*']);
    expect(rm.next).toBeNull();
    expect(r.commands.every((c) => c.depth === 0 && !c.inSubstitution && !c.negated)).toBe(true);
    expect(text.slice(install.start, install.end)).toBe(
      'apt-get install -y --no-install-recommends ca-certificates curl',
    );
  });

  test('set -eux; is an ordinary command', () => {
    const c = only('set -eux;');
    expect(c.name).toBe('set');
    expect(c.args).toEqual(['-eux']);
    expect(c.next).toBeNull();
  });

  test('pipelines: curl | sh', () => {
    const r = parse('curl -fsSL https://x | sh');
    expect(r.commands.map((c) => c.name)).toEqual(['curl', 'sh']);
    expect(r.commands[0].next).toBe('|');
    expect(r.commands[1].prev).toBe('|');
    expect(r.commands[0].pipeline).toBe(r.commands[1].pipeline);
  });

  test('pipeline indexes differ across && and ;', () => {
    const r = parse('a | b && c | d; e');
    const [a, b, c, d, e] = r.commands;
    expect(a.pipeline).toBe(b.pipeline);
    expect(c.pipeline).toBe(d.pipeline);
    expect(new Set([a.pipeline, c.pipeline, e.pipeline]).size).toBe(3);
  });

  test('all operators', () => {
    const r = parse('a && b || c ; d | e |& f & g\nh');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.prev, c.name, c.next])).toEqual([
      [null, 'a', '&&'],
      ['&&', 'b', '||'],
      ['||', 'c', ';'],
      [';', 'd', '|'],
      ['|', 'e', '|&'],
      ['|&', 'f', '&'],
      ['&', 'g', '\n'],
      ['\n', 'h', null],
    ]);
  });

  test('newlines separate commands; blank lines and trailing separators are harmless', () => {
    const r = parse('\n\na\n\n\nb;\n');
    expect(r.commands.map((c) => [c.prev, c.name, c.next])).toEqual([
      [null, 'a', '\n'],
      ['\n', 'b', null],
    ]);
    expect(r.errors).toEqual([]);
  });

  test('line breaks after && and | continue the list', () => {
    expect(lines('a &&\n  b |\n c')).toEqual(['a', 'b', 'c']);
  });

  test('negation', () => {
    const r = parse('! grep -q x f || echo y');
    expect(r.commands[0].negated).toBe(true);
    expect(r.commands[1].negated).toBe(false);
    const p = parse('! a | b');
    expect(p.commands.map((c) => c.negated)).toEqual([true, true]);
  });

  test('assignments', () => {
    const c = only('DEBIAN_FRONTEND=noninteractive A+=1 arr[2]=x apt-get install -y A=b');
    expect(c.assignments.map((a) => a.value)).toEqual(['DEBIAN_FRONTEND=noninteractive', 'A+=1', 'arr[2]=x']);
    expect(c.name).toBe('apt-get');
    expect(c.args).toEqual(['install', '-y', 'A=b']);
    const a = parse('FOO="a b" BAR=$(x)').commands[0];
    expect(a.name).toBe('');
    expect(a.words).toEqual([]);
    expect(a.assignments.map((w) => w.value)).toEqual(['FOO=a b', 'BAR=$(x)']);
    // a quoted name is not an assignment
    expect(only('"A"=1 cmd').name).toBe('A=1');
    expect(only('env A=1 cmd').args).toEqual(['A=1', 'cmd']);
  });

  test('bash array assignment', () => {
    const r = parse('arr=(a "b c" $(x)); echo "${arr[@]}"');
    expect(r.errors).toEqual([]);
    expect(r.commands[0].assignments[0].value).toBe('arr=(a "b c" $(x))');
    expect(r.commands[1].name).toBe('echo');
  });

  test('empty and blank input', () => {
    expect(parse('').commands).toEqual([]);
    expect(parse('   \t  ').commands).toEqual([]);
    expect(parse('# only a comment').commands).toEqual([]);
  });
});

describe('parseShell: words and quoting', () => {
  test('single and double quotes', () => {
    const c = only(`echo 'a b' "c d" e'f'"g" "x\\"y\\\\z\\$w\\q"`);
    expect(c.args).toEqual(['a b', 'c d', 'efg', 'x"y\\z$w\\q']);
    expect(c.words.slice(1).every((w) => w.quoted)).toBe(true);
    expect(c.words[0].quoted).toBe(false);
    expect(c.words[1].raw).toBe("'a b'");
  });

  test('backslash escapes', () => {
    const c = only('echo a\\ b \\$HOME \\"q\\" \\\\');
    expect(c.args).toEqual(['a b', '$HOME', '"q"', '\\']);
    expect(c.words[1].quoted).toBe(true);
    expect(c.words[2].hasExpansion).toBe(false);
  });

  test("$'…' ANSI-C strings", () => {
    const c = only("printf $'a\\nb\\t\\'c\\x41\\101'");
    expect(c.args).toEqual(["a\nb\t'cAA"]);
    expect(c.words[1].quoted).toBe(true);
  });

  test('parameter expansions are kept literally', () => {
    const c = only('echo $HOME ${A:-${B:-c}} "${x}" $1 $@ $? $$ ${#y} $');
    expect(c.args).toEqual(['$HOME', '${A:-${B:-c}}', '${x}', '$1', '$@', '$?', '$$', '${#y}', '$']);
    expect(c.words.slice(1, 9).every((w) => w.hasExpansion)).toBe(true);
    expect(c.words[9].hasExpansion).toBe(false);
  });

  test('${…} with braces and quotes inside', () => {
    const c = only('echo ${a:-"}"} ${b//\\}/x} done');
    expect(c.args).toEqual(['${a:-"}"}', '${b//\\}/x}', 'done']);
  });

  test('arithmetic is opaque', () => {
    const c = only('echo $((1 + (2 * 3))) $(( a > b ? 1 : 0 ))');
    expect(c.args).toEqual(['$((1 + (2 * 3)))', '$(( a > b ? 1 : 0 ))']);
    expect(c.words[1].hasExpansion).toBe(true);
    expect(c.redirects).toEqual([]);
  });

  test('command substitutions inside arithmetic are still parsed', () => {
    const r = parse('make -j$(($(nproc) - 1)) install');
    expect(r.commands.map((c) => c.name)).toEqual(['make', 'nproc']);
    expect(r.commands[0].args).toEqual(['-j$(($(nproc) - 1))', 'install']);
  });

  test('comments', () => {
    expect(lines('echo a # comment; rm -rf /\necho b#not-a-comment')).toEqual([
      'echo a',
      'echo b#not-a-comment',
    ]);
    expect(lines('# first\n  # second\necho x')).toEqual(['echo x']);
  });

  test('words touching operators', () => {
    expect(lines('a&&b||c;d|e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    const c = only('echo hi>out');
    expect(c.args).toEqual(['hi']);
    expect(c.redirects[0].op).toBe('>');
    expect(c.redirects[0].target?.value).toBe('out');
  });

  test('unterminated quotes are reported but parsing completes', () => {
    const r = parse("echo 'abc && rm x");
    expect(r.commands).toHaveLength(1);
    expect(r.commands[0].args).toEqual(['abc && rm x']);
    expect(r.errors[0].message).toMatch(/single quote/);
    const d = parse('echo "abc');
    expect(d.errors[0].message).toMatch(/double quote/);
    expect(parse('echo $(ls').errors[0].message).toMatch(/command substitution/);
    expect(parse('echo ${x').errors[0].message).toMatch(/\$\{/);
    expect(parse('echo `ls').errors[0].message).toMatch(/backquote/);
  });
});

describe('parseShell: substitutions', () => {
  test('$(…) commands are reported with inSubstitution and depth + 1', () => {
    const r = parse('echo "$(id -u):$(id -g)" && export GNUPGHOME="$(mktemp -d)"');
    expect(r.commands.map((c) => [c.name, c.depth, c.inSubstitution])).toEqual([
      ['echo', 0, false],
      ['id', 1, true],
      ['id', 1, true],
      ['export', 0, false],
      ['mktemp', 1, true],
    ]);
    expect(r.commands[0].args).toEqual(['$(id -u):$(id -g)']);
    expect(r.commands[0].words[1].hasExpansion).toBe(true);
    expect(r.commands[3].args).toEqual(['GNUPGHOME=$(mktemp -d)']);
  });

  test('nested $(…) and pipelines inside', () => {
    const r = parse('v=$(echo $(cat f | tr a b) x)');
    expect(r.commands.map((c) => [c.name, c.depth, c.next])).toEqual([
      ['', 0, null],
      ['echo', 1, null],
      ['cat', 2, '|'],
      ['tr', 2, null],
    ]);
  });

  test('backquotes', () => {
    const r = parse('echo `uname -m` done');
    expect(r.commands.map((c) => [c.name, c.inSubstitution])).toEqual([
      ['echo', false],
      ['uname', true],
    ]);
    expect(r.commands[0].args).toEqual(['`uname -m`', 'done']);
    expect(r.commands[1].args).toEqual(['-m']);
  });

  test('process substitution', () => {
    const r = parse('diff <(sort a) <(sort b)');
    expect(r.commands.map((c) => c.name)).toEqual(['diff', 'sort', 'sort']);
    expect(r.commands[0].redirects).toEqual([]);
  });

  test('$( (subshell) ) and $((…)) that is not arithmetic', () => {
    expect(lines('x=$( (cd a; pwd) )')).toEqual(['', 'cd a', 'pwd']);
    expect(lines('y=$((cd b) | cat)')).toEqual(['', 'cd b', 'cat']);
  });

  test('case inside $(…) with unbalanced )', () => {
    expect(lines('x=$(case $y in a) echo A;; esac); z')).toEqual(['', 'echo A', 'z']);
  });

  test('substitution in the command name position', () => {
    const r = parse('$(which python3) -m pip install x');
    expect(r.commands.map((c) => c.name)).toEqual(['$(which python3)', 'which']);
  });
});

describe('parseShell: redirections and heredocs', () => {
  test('redirection forms', () => {
    const c = only('cmd >out 2>err >>app <in 2>&1 &>all >&2 <<<"str" 3<&- 4<>rw >|clob');
    expect(c.name).toBe('cmd');
    expect(c.args).toEqual([]);
    expect(c.redirects.map((r) => [r.op, r.target?.value])).toEqual([
      ['>', 'out'],
      ['2>', 'err'],
      ['>>', 'app'],
      ['<', 'in'],
      ['2>&1', '1'],
      ['&>', 'all'],
      ['>&2', '2'],
      ['<<<', 'str'],
      ['3<&-', '-'],
      ['4<>', 'rw'],
      ['>|', 'clob'],
    ]);
  });

  test('redirect offsets', () => {
    const text = 'make 2>&1 > /dev/null';
    const c = only(text);
    expect(c.redirects.map((r) => text.slice(r.start, r.end))).toEqual(['2>&1', '> /dev/null']);
    expect(c.end).toBe(text.length);
  });

  test('a digit word not followed by a redirect stays a word', () => {
    expect(only('sleep 2 >x').args).toEqual(['2']);
    expect(only('echo a2>x').args).toEqual(['a2']);
  });

  test('dangling redirection', () => {
    const r = parse('echo >');
    expect(r.commands[0].redirects[0].target).toBeUndefined();
    expect(r.errors[0].message).toMatch(/missing target/);
  });

  test('heredoc bodies are skipped', () => {
    const text =
      "cat <<EOF > /etc/x.conf\nrm -rf /\n$(evil)\nEOF\necho done\ncat <<-'END'\n\tline\n\tEND\ntail";
    const r = parse(text);
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => c.name)).toEqual(['cat', 'echo', 'cat', 'tail']);
    expect(r.commands[0].redirects.map((x) => [x.op, x.target?.value])).toEqual([
      ['<<', 'EOF'],
      ['>', '/etc/x.conf'],
    ]);
    expect(r.commands[2].redirects[0].op).toBe('<<-');
    expect(r.commands[2].redirects[0].target?.value).toBe('END');
    expect(r.commands[2].redirects[0].target?.quoted).toBe(true);
  });

  test('two heredocs on one line', () => {
    expect(lines('paste <<A <<B\na\nA\nb\nB\nnext')).toEqual(['paste', 'next']);
  });

  test('unterminated heredoc in a shell script is an error; in a RUN line it is not', () => {
    expect(parse('cat <<EOF\nabc\n').errors[0].message).toMatch(/not terminated/);
    expect(parse('cat <<EOF > /x', { dockerfileContinuations: true }).errors).toEqual([]);
  });
});

describe('parseShell: compound commands', () => {
  test('if / then / fi', () => {
    const r = parse('if [ "$a" = b ]; then pip install foo; fi');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, c.args, c.depth])).toEqual([
      ['[', ['$a', '=', 'b', ']'], 1],
      ['pip', ['install', 'foo'], 1],
    ]);
  });

  test('if / elif / else with trailing redirects and operators', () => {
    const r = parse('if a; then b; elif c; then d; else e; fi > log && f');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, c.depth])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 1],
      ['e', 1],
      ['f', 0],
    ]);
    expect(r.commands[5].prev).toBe('&&');
  });

  test('for loops do not produce commands for the variable or the words', () => {
    const r = parse('for x in a b c; do echo $x; done');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, c.depth])).toEqual([['echo', 1]]);
    expect(lines('for f in $(ls *.txt)\ndo\n  cat "$f"\ndone')).toEqual(['ls *.txt', 'cat $f']);
    expect(lines('for x; do y; done')).toEqual(['y']);
    expect(lines('for ((i = 0; i < 3; i++)); do echo $i; done')).toEqual(['echo $i']);
  });

  test('while / until', () => {
    expect(lines('while read -r l; do echo "$l"; done < file')).toEqual(['read -r l', 'echo $l']);
    expect(lines('until curl -f x; do sleep 1; done')).toEqual(['curl -f x', 'sleep 1']);
  });

  test('case patterns are not commands', () => {
    const r = parse('case $x in a|b) cmd ;; esac');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => c.name)).toEqual(['cmd']);
    const dpkg =
      'case "$(dpkg --print-architecture)" in\n  amd64) ARCH=x64 ;;\n  arm64|aarch64) ARCH=arm64;;\n  (*) echo "unsupported"; exit 1 ;;\nesac';
    expect(lines(dpkg)).toEqual(['dpkg --print-architecture', '', '', 'echo unsupported', 'exit 1']);
    expect(lines('case x in\n*) a ;&\ny) b ;;&\nesac')).toEqual(['a', 'b']);
    expect(lines('case x in y) z\nesac; w')).toEqual(['z', 'w']);
  });

  test('subshells and groups', () => {
    const r = parse('(cd /src && make) ; { echo a; echo b; } > log');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, c.depth, c.prev, c.next])).toEqual([
      ['cd', 1, null, '&&'],
      ['make', 1, '&&', null],
      ['echo', 1, null, ';'],
      ['echo', 1, ';', null],
    ]);
  });

  test('braces are keywords only as separate words in command position', () => {
    expect(lines('echo {a,b} }; echo {')).toEqual(['echo {a,b} }', 'echo {']);
    expect(lines('find . -exec rm {} \\;')).toEqual(['find . -exec rm {} ;']);
  });

  test('keywords are recognised only in command position', () => {
    expect(lines('echo if then fi done esac')).toEqual(['echo if then fi done esac']);
    expect(lines('"if" x')).toEqual(['if x']);
  });

  test('function definitions', () => {
    const r = parse('f() { echo hi; }; f; function g { h; }; function k() ( l )');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, c.depth])).toEqual([
      ['echo', 1],
      ['f', 0],
      ['h', 1],
      ['l', 1],
    ]);
  });

  test('nested compounds increase depth', () => {
    const r = parse('if a; then for x in y; do (b; $(c)); done; fi');
    expect(r.commands.map((c) => [c.name, c.depth, c.inSubstitution])).toEqual([
      ['a', 1, false],
      ['b', 3, false],
      ['$(c)', 3, false],
      ['c', 4, true],
    ]);
  });

  test('[[ … ]] treats && and < as words', () => {
    const r = parse('[[ -f a && $x < 3 || ( b ) ]] && echo ok');
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => c.name)).toEqual(['[[', 'echo']);
    expect(r.commands[0].args).toEqual(['-f', 'a', '&&', '$x', '<', '3', '||', '(', 'b', ')', ']]']);
    expect(r.commands[0].redirects).toEqual([]);
    expect(lines('[[ $v =~ ^(a|b)$ ]]; c')).toEqual(['[[ $v =~ ^(a|b)$ ]]', 'c']);
  });

  test('arithmetic command', () => {
    expect(lines('(( i++ )) && echo $i')).toEqual(['echo $i']);
  });

  test('syntax errors are reported and parsing continues', () => {
    const r = parse('fi; echo a ) done; if x; then y');
    expect(r.commands.map((c) => c.name)).toEqual(['echo', 'x', 'y']);
    const messages = r.errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/unexpected 'fi'/);
    expect(messages).toMatch(/unexpected '\)'/);
    expect(messages).toMatch(/expected 'fi'/);
    expect(parse('while a; do b').errors[0].message).toMatch(/'done'/);
    expect(parse('{ a; ').errors[0].message).toMatch(/'\}'/);
    expect(parse('(a').errors[0].message).toMatch(/'\)'/);
    expect(parse('case a in b) c').errors[0].message).toMatch(/esac/);
    expect(parse('a && && b').commands.map((c) => c.name)).toEqual(['a', 'b']);
  });
});

describe('parseShell: Dockerfile continuations', () => {
  const opts: ParseShellOptions = { dockerfileContinuations: true };

  test('continuations join lines; comment lines inside the instruction are dropped', () => {
    const text = [
      'set -eux; \\',
      '    apt-get update; \\',
      '    DEBIAN_FRONTEND=noninteractive \\',
      '    apt-get install -y --no-install-recommends \\',
      '        ca-certificates \\',
      '# Verify that gosu binary works',
      '    # indented comment too \\',
      '',
      '        wget; \\',
      '    gosu nobody true',
    ].join('\n');
    const r = parse(text, opts);
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, ...c.args].join(' '))).toEqual([
      'set -eux',
      'apt-get update',
      'apt-get install -y --no-install-recommends ca-certificates wget',
      'gosu nobody true',
    ]);
    const install = r.commands[2];
    expect(install.assignments.map((a) => a.value)).toEqual(['DEBIAN_FRONTEND=noninteractive']);
    expect(install.prev).toBe(';');
    expect(install.next).toBe(';');
    const wget = install.words[install.words.length - 1];
    expect(text.slice(wget.start, wget.end)).toBe('wget');
    expect(text.slice(install.start, install.end)).toMatch(
      /^DEBIAN_FRONTEND=noninteractive \\\n[\s\S]*wget$/,
    );
  });

  test('without the flag a # line is a shell comment and newlines separate commands', () => {
    expect(lines('a \\\n# c\nb')).toEqual(['a', 'b']);
    expect(lines('a \\\n# c\nb', opts)).toEqual(['a b']);
  });

  test('a continuation inside a word joins it; raw keeps the source', () => {
    const text = 'apt-get ins\\\ntall -y';
    const c = only(text, opts);
    expect(c.args).toEqual(['install', '-y']);
    expect(c.words[1].raw).toBe('ins\\\ntall');
    expect(c.words[1].start).toBe(8);
    expect(c.words[1].end).toBe(17);
  });

  test('continuations are removed even inside quotes (Docker does it before the shell)', () => {
    expect(only("echo 'a \\\n  b'", opts).args).toEqual(['a   b']);
    // without the flag, backslash-newline is literal in single quotes
    expect(only("echo 'a \\\nb'").args).toEqual(['a \\\nb']);
    // … and a line continuation elsewhere
    expect(only('echo "a\\\nb" c\\\nd').args).toEqual(['ab', 'cd']);
  });

  test('blanks after the escape character and CRLF line ends', () => {
    expect(lines('apt-get update \\  \r\n  && apt-get install x\r\n', opts)).toEqual([
      'apt-get update',
      'apt-get install x',
    ]);
  });

  test('the first line is never a Dockerfile comment', () => {
    expect(lines('# shell comment \\\necho a', opts)).toEqual([]);
  });

  test('escapeChar ` : backquote continues lines and backslash is literal', () => {
    const text = 'mkdir C:\\app; `\n  # comment `\n  copy C:\\src\\a.txt C:\\app\\ `\n  /Y';
    const r = parse(text, { dockerfileContinuations: true, escapeChar: '`' });
    expect(r.errors).toEqual([]);
    expect(r.commands.map((c) => [c.name, ...c.args])).toEqual([
      ['mkdir', 'C:\\app'],
      ['copy', 'C:\\src\\a.txt', 'C:\\app\\', '/Y'],
    ]);
    const last = r.commands[1].words[3];
    expect(text.slice(last.start, last.end)).toBe('/Y');
  });

  test('baseOffset shifts every offset', () => {
    const text = 'echo a && \\\n  echo "b c"';
    const r = parse(text, { ...opts, baseOffset: 100 });
    const w = r.commands[1].words[1];
    expect(w.start).toBe(100 + text.indexOf('"b c"'));
    expect(w.end).toBe(100 + text.length);
    expect(w.raw).toBe('"b c"');
    expect(r.commands[0].start).toBe(100);
  });

  test('offsets of words, commands and errors without continuations', () => {
    const text = '  FOO=1 cmd "a b" $(x y) # c';
    const r = parse(text);
    const cmd = r.commands.find((c) => c.name === 'cmd') as SimpleCommand;
    expect(text.slice(cmd.start, cmd.end)).toBe('FOO=1 cmd "a b" $(x y)');
    expect(cmd.words.map((w) => w.raw)).toEqual(['cmd', '"a b"', '$(x y)']);
    const x = r.commands.find((c) => c.name === 'x') as SimpleCommand;
    expect(text.slice(x.start, x.end)).toBe('x y');
    const e = parse('ok; echo "abc').errors[0];
    expect([e.start, e.end]).toEqual([9, 13]);
  });
});

describe('parseShell: robustness', () => {
  test('never throws on hostile input', () => {
    const inputs = [
      '$('.repeat(5000),
      '('.repeat(5000),
      '$(('.repeat(3000),
      '${'.repeat(5000),
      '{ '.repeat(5000),
      'if '.repeat(5000),
      'a() '.repeat(5000),
      '`'.repeat(5001),
      ')'.repeat(5000),
      'fi done esac } then ;; '.repeat(500),
      'cat <<EOF\n'.repeat(1000),
      '\u0000\u0001\uffff\ud800 ' + String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)),
      '\\',
      '$',
      "$'",
      '<<',
      '2>&',
      'case',
      'for',
      'for ((',
      'function',
    ];
    for (const text of inputs) {
      for (const options of [{}, { dockerfileContinuations: true }, { escapeChar: '`' as const }]) {
        expect(() => parse(text, options)).not.toThrow();
      }
    }
    expect(parse('$('.repeat(5000)).errors.some((e) => /nesting/.test(e.message))).toBe(true);
  });

  // Linear time is measured by `npm run bench` (1× and 4× inputs); here, that a long script parses
  // completely (Jest's timeout stops a hang).
  test('parses a 40,001-command script completely', () => {
    const text = 'apt-get install -y "pkg$(echo x)" && '.repeat(20000) + 'true';
    const r = parse(text, { dockerfileContinuations: true });
    expect(r.commands).toHaveLength(40001);
  });

  test('fast-check: random shell-ish strings never throw and offsets stay in bounds', () => {
    // prettier-ignore
    const alphabet = [
      'a', 'b', 'x', '1', '2', ' ', ' ', '\t', '\n', '\r', '\\', '`', "'", '"', '$', '{', '}', '(', ')', '[', ']',
      ';', ';;', '&', '&&', '|', '||', '<', '>', '>>', '<<', '<<-', '2>&1', '#', '=', '*', '!', '-',
      'if ', 'then ', 'else ', 'fi', 'for ', ' in ', 'do ', 'done', 'while ', 'case ', 'esac', 'EOF', '\\\n',
      '`\n', '$(', '${', '$((', '))', '[[ ', ' ]]', 'f() ', 'function ', '\n#c\n', 'é', '\u0000',
    ];
    const arb = fc.tuple(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join('')),
      fc.boolean(),
      fc.constantFrom<'\\' | '`'>('\\', '`'),
      fc.nat(1000),
    );
    fc.assert(
      fc.property(arb, ([text, docker, escapeChar, baseOffset]) => {
        const r = parseShell(text, { dockerfileContinuations: docker, escapeChar, baseOffset });
        checkOffsets(text, r, baseOffset);
        for (const c of r.commands) {
          if (c.name !== (c.words[0]?.value ?? '')) throw new Error('name mismatch');
          if (c.args.length !== Math.max(0, c.words.length - 1)) throw new Error('args mismatch');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseShell: corpus', () => {
  const dir = path.resolve('..', 'shared', 'corpus', 'dockerfiles');
  const run = existsSync(dir) ? test : test.skip;

  run('every RUN of the corpus parses with offsets in bounds', () => {
    let scripts = 0;
    for (const file of readdirSync(dir)) {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = /^\s*RUN\s+/i.exec(lines[i]);
        if (!m) continue;
        const parts = [lines[i].slice(m[0].length)];
        while (/\\\s*$/.test(lines[i]) && i + 1 < lines.length) parts.push(lines[++i]);
        const text = parts.join('\n');
        const base = 7;
        const r = parseShell(text, { dockerfileContinuations: true, baseOffset: base });
        checkOffsets(text, r, base);
        scripts++;
      }
    }
    expect(scripts).toBeGreaterThan(1000);
  });
});

describe('subshell flag', () => {
  it('marks commands in ( … ) and substitutions, not in { … } or if bodies', () => {
    const s = parseShell('(cd /a && make); { cd /b; }; if true; then cd /c; fi; x=$(cd /d && pwd); cd /e');
    expect(s.commands.map((c) => [c.name, c.args[0] ?? '', c.subshell])).toEqual([
      ['cd', '/a', true],
      ['make', '', true],
      ['cd', '/b', false],
      ['true', '', false],
      ['cd', '/c', false],
      ['', '', false],
      ['cd', '/d', true],
      ['pwd', '', true],
      ['cd', '/e', false],
    ]);
  });
});
