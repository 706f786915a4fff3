// Benchmark: layerguard's own shell parser (src/targets/dockerfile/shell.ts) against mvdan-sh (the
// GopherJS build of mvdan/sh) on every RUN script of the shared Dockerfile corpus.
//
//   npm install --no-save mvdan-sh      # optional; not a project dependency
//   npm install --no-save sh-syntax     # optional too: mvdan/sh as WASM, the parser behind shfmt
//   npx tsx scripts/bench-shell.mjs [corpusDir] [--runs N] [--show-mismatches N] [--sh-syntax DIR]
//
// For each RUN instruction (shell form; exec form `RUN ["…"]` is skipped) it extracts the argument text
// as written (flags such as `--mount=…` removed, Dockerfile heredoc bodies appended), and also the
// script the shell would receive (Docker's continuation and comment-line processing applied). Our
// parser gets the raw text with `dockerfileContinuations: true` (so its time includes that
// processing); mvdan-sh gets the processed script. It reports total time, scripts/s, how many scripts
// each parser reports a syntax error for (overall and for POSIX-shell scripts only; Windows
// cmd/PowerShell RUNs are not shell scripts), and how often both agree on the sequence of command names.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parseShell } from '../src/targets/dockerfile/shell.ts';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const RUNS = Number(opt('--runs', '5'));
const SHOW = Number(opt('--show-mismatches', '0'));
const shSyntaxDir = opt('--sh-syntax', null);
// sh-syntax parses a few dozen scripts a second here: measure a sample (evenly spread) by default.
const shSyntaxMax = Number(opt('--sh-syntax-max', '400'));
const corpusDir = resolve(args[0] ?? resolve('..', 'shared', 'corpus', 'dockerfiles'));
if (!existsSync(corpusDir)) {
  console.error(`corpus not found: ${corpusDir}`);
  process.exit(1);
}

// ------------------------------------------------------------------ extraction

const reEscapable = (c) => c.replace(/[\\`]/g, '\\$&');

/** Docker's processing of an instruction's text: continuations joined, comment/empty lines dropped. */
function dockerJoin(text, esc) {
  const lines = text.split('\n');
  const cont = new RegExp(`${reEscapable(esc)}[ \\t]*\\r?$`);
  let out = '';
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (continued && /^[ \t\r]*(#.*)?$/.test(line)) continue;
    if (cont.test(line) && i < lines.length - 1) {
      out += line.replace(cont, '');
      continued = true;
    } else {
      out += line + (i < lines.length - 1 ? '\n' : '');
      continued = false;
    }
  }
  return out;
}

/** RUN scripts of one Dockerfile: { raw, joined, esc, posix, line }. */
function extractRuns(content) {
  const lines = content.split('\n');
  let esc = '\\';
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l);
    if (!m) break;
    if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) esc = m[2];
  }
  const cont = new RegExp(`${reEscapable(esc)}[ \\t]*\\r?$`);
  const blankOrComment = /^[ \t\r]*(#.*)?$/;
  const runs = [];
  let posixShell = true;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (blankOrComment.test(first)) {
      i++;
      continue;
    }
    const startLine = i;
    const parts = [first];
    let continued = cont.test(first);
    i++;
    while (continued && i < lines.length) {
      const l = lines[i++];
      parts.push(l);
      if (blankOrComment.test(l)) continue;
      continued = cont.test(l);
    }
    const instr = parts.join('\n');
    const kw = /^\s*(?:onbuild\s+)?([a-z]+)/i.exec(instr);
    const keyword = kw ? kw[1].toLowerCase() : '';
    if (keyword === 'from') {
      posixShell = !/\b(windows|nanoserver|servercore)\b/i.test(instr);
      continue;
    }
    if (keyword === 'shell') {
      posixShell = /\b(ba|da|z|k|a)?sh"/.test(instr) && !/powershell|pwsh|cmd/i.test(instr);
      continue;
    }
    if (keyword !== 'run') continue;
    let rest = instr.slice(kw[0].length);
    const flags = new RegExp(`^(?:[ \\t]+|${reEscapable(esc)}[ \\t]*\\r?\\n|--\\S+)*`);
    rest = rest.slice(flags.exec(rest)[0].length);
    if (rest.startsWith('[')) continue; // exec form
    // Dockerfile heredocs: bodies follow the instruction.
    const heredocs = [...rest.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)];
    let raw = rest;
    let joinedTail = '';
    if (heredocs.length > 0 && !/<<</.test(rest)) {
      for (const h of heredocs) {
        const body = [];
        while (i < lines.length) {
          const l = lines[i++];
          const cmp = (h[1] ? l.replace(/^\t+/, '') : l).replace(/\r$/, '');
          body.push(l);
          if (cmp === h[3]) break;
        }
        joinedTail += '\n' + body.join('\n');
      }
      raw += joinedTail;
    }
    runs.push({
      raw,
      joined: dockerJoin(rest, esc) + joinedTail,
      esc,
      posix: posixShell,
      heredoc: joinedTail !== '',
      line: startLine + 1,
    });
  }
  return runs;
}

const files = readdirSync(corpusDir).sort();
const scripts = [];
for (const f of files) {
  for (const r of extractRuns(readFileSync(join(corpusDir, f), 'utf8'))) scripts.push({ ...r, file: f });
}
const posixCount = scripts.filter((s) => s.posix).length;
const totalChars = scripts.reduce((n, s) => n + s.raw.length, 0);
console.log(
  `corpus: ${files.length} files, ${scripts.length} RUN scripts (${posixCount} POSIX shell, ${
    scripts.length - posixCount
  } Windows cmd/PowerShell), ${(totalChars / 1024).toFixed(0)} KiB`,
);

// ------------------------------------------------------------------ parsers

const ours = {
  name: 'layerguard parseShell',
  parse: (s) => parseShell(s.raw, { dockerfileContinuations: true, escapeChar: s.esc }),
  failed: (r) => r.errors.length > 0,
  names: (r) =>
    r.commands.map((c) => (c.words.length && (c.words[0].quoted || c.words[0].hasExpansion) ? '?' : c.name)),
};

/** Loaded only after our parser has been measured, so that its large heap does not slow ours down. */
function loadMvdan() {
  try {
    const require = createRequire(import.meta.url);
    const sh = require('mvdan-sh');
    const { syntax } = sh;
    const parser = syntax.NewParser();
    const litName = (w) => {
      const l = w.Lit();
      return l === '' || l.includes('\\') ? '?' : l;
    };
    return {
      name: 'mvdan-sh 0.10.1',
      parse: (s) => {
        try {
          return parser.Parse(s.joined, 'run.sh');
        } catch {
          return null;
        }
      },
      failed: (r) => r === null,
      names: (f) => {
        const out = [];
        syntax.Walk(f, (n) => {
          if (!n) return true;
          switch (syntax.NodeType(n)) {
            case 'CallExpr':
              out.push(n.Args.length ? litName(n.Args[0]) : '');
              break;
            case 'DeclClause':
              out.push(n.Variant.Value);
              break;
            case 'TestClause':
              out.push('[[');
              break;
            case 'LetClause':
              out.push('let');
              break;
          }
          return true;
        });
        return out;
      },
    };
  } catch {
    console.log('mvdan-sh is not installed (npm install --no-save mvdan-sh); measuring our parser only');
    return null;
  }
}

// ------------------------------------------------------------------ measurements

function measure(p) {
  for (const s of scripts) p.parse(s); // warm-up
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const s of scripts) p.parse(s);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const results = scripts.map((s) => p.parse(s));
  const failed = results.map((r) => p.failed(r));
  return {
    best: times[0],
    median: times[Math.floor(times.length / 2)],
    results,
    failed,
    failAll: failed.filter(Boolean).length,
    failPosix: failed.filter((f, i) => f && scripts[i].posix).length,
  };
}

const rows = [];
const m1 = measure(ours);
const mvdan = loadMvdan();
rows.push([ours, m1]);
let m2 = null;
if (mvdan) {
  m2 = measure(mvdan);
  rows.push([mvdan, m2]);
}

console.log(`\n${RUNS} timed runs over all scripts after one warm-up run (best / median):`);
for (const [p, m] of rows) {
  console.log(
    `  ${p.name.padEnd(24)} total ${m.best.toFixed(1).padStart(8)} ms / ${m.median.toFixed(1).padStart(8)} ms` +
      `  ${Math.round(scripts.length / (m.best / 1000))
        .toString()
        .padStart(8)} scripts/s` +
      `  syntax errors in ${m.failAll} scripts (${m.failPosix} of them POSIX shell)`,
  );
}

if (m2) {
  let both = 0;
  let agree = 0;
  let onlyOurs = 0;
  let onlyMvdan = 0;
  const mismatches = [];
  for (let i = 0; i < scripts.length; i++) {
    if (!scripts[i].posix) continue;
    const f1 = m1.failed[i];
    const f2 = m2.failed[i];
    if (f1 && !f2) onlyOurs++;
    if (!f1 && f2) onlyMvdan++;
    if (f1 || f2 || scripts[i].heredoc) continue;
    both++;
    const a = ours.names(m1.results[i]).filter((n) => n !== '');
    const b = mvdan.names(m2.results[i]).filter((n) => n !== '');
    if (a.length === b.length && a.every((n, k) => n === b[k])) agree++;
    else mismatches.push({ s: scripts[i], a, b });
  }
  console.log(`\nPOSIX-shell RUN scripts: ${posixCount}`);
  console.log(`  error reported by ours only:   ${onlyOurs}`);
  console.log(`  error reported by mvdan only:  ${onlyMvdan}`);
  console.log(
    `  parsed by both (Dockerfile-heredoc RUNs excluded: we skip heredoc bodies by design): ${both}; same command-name sequence: ${agree} (${(
      (100 * agree) /
      Math.max(both, 1)
    ).toFixed(2)}%)`,
  );
  for (const x of mismatches.slice(0, SHOW)) {
    console.log(
      `\n--- ${x.s.file}:${x.s.line}\n${x.s.joined.slice(0, 600)}\n  ours:  ${x.a.join(' ')}\n  mvdan: ${x.b.join(' ')}`,
    );
  }
  if (SHOW > 0) {
    const show = (label, pred) => {
      const list = scripts.map((s, i) => ({ s, i })).filter(({ s, i }) => s.posix && pred(i));
      for (const { s, i } of list.slice(0, SHOW)) {
        const errs = m1.results[i].errors.map((e) => e.message).join('; ');
        console.log(`\n=== ${label} ${s.file}:${s.line}\n${s.joined.slice(0, 600)}\n  ours: ${errs}`);
      }
    };
    show('error only in ours', (i) => m1.failed[i] && !m2.failed[i]);
    show('error only in mvdan', (i) => !m1.failed[i] && m2.failed[i]);
    show('error in both', (i) => m1.failed[i] && m2.failed[i]);
  }
}

// ------------------------------------------------------------------ sh-syntax (mvdan/sh as WASM)
// The maintained parser behind shfmt, `npm install --no-save sh-syntax` (or `--sh-syntax DIR` naming a
// folder where it is installed). Its API is async only: each parse is awaited, as a rule would have to.
let shSyntax = null;
try {
  shSyntax = shSyntaxDir
    ? await import(join(resolve(shSyntaxDir), 'node_modules', 'sh-syntax', 'lib', 'index.js'))
    : await import('sh-syntax');
} catch {
  console.log('\nsh-syntax is not installed (npm install --no-save sh-syntax); skipping it');
}
if (shSyntax) {
  const allPosix = scripts.filter((s) => s.posix);
  const step = Math.max(1, Math.floor(allPosix.length / shSyntaxMax));
  const posix = allPosix.filter((_, i) => i % step === 0).slice(0, shSyntaxMax);
  const parseOne = async (s) => {
    try {
      await shSyntax.parse(s.joined);
      return true;
    } catch {
      return false;
    }
  };
  for (const s of posix.slice(0, 20)) await parseOne(s); // warm-up (WASM instantiation)
  const times = [];
  let ok = [];
  for (let r = 0; r < Math.min(RUNS, 3); r++) {
    const t0 = performance.now();
    ok = [];
    for (const s of posix) ok.push(await parseOne(s));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const oursFailed = posix.map((s) => m1.failed[scripts.indexOf(s)]);
  const onlyTheirs = ok.filter((v, i) => !v && !oursFailed[i]).length;
  const onlyOurs = ok.filter((v, i) => v && oursFailed[i]).length;
  const ms = times[0];
  const oursPosixMs = (m1.best * posix.length) / scripts.length;
  console.log(
    `\nsh-syntax on a sample of ${posix.length} POSIX-shell scripts: ${ms.toFixed(0)} ms (${Math.round(
      posix.length / (ms / 1000),
    )} scripts/s; ours ≈ ${oursPosixMs.toFixed(0)} ms: ours is ${(ms / oursPosixMs).toFixed(0)}× faster)`,
  );
  console.log(
    `  syntax errors: sh-syntax ${ok.filter((v) => !v).length}, ours ${oursFailed.filter(Boolean).length}; ` +
      `error only in sh-syntax ${onlyTheirs}, only in ours ${onlyOurs}`,
  );
}
