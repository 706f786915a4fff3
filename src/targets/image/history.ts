/**
 * Turns an image's `history[].created_by` back into Dockerfile text, so that the Dockerfile rules
 * that make sense on a history can run on an image whose Dockerfile is not at hand (issue 6, item 4).
 *
 * The forms builders write:
 * - classic docker build and buildah: `/bin/sh -c #(nop)  ENV A=b` (metadata; `ADD file:<hash> in /`),
 *   `/bin/sh -c apt-get update` (a RUN), `|2 A=1 B=2 /bin/sh -c make` (a RUN with build args);
 * - BuildKit: `RUN /bin/sh -c apt-get update # buildkit`, `RUN |1 A=1 /bin/sh -c make # buildkit`,
 *   `COPY . . # buildkit`, `ENV A=b`, `EXPOSE map[8080/tcp:{}]`, `VOLUME [/data]`,
 *   `HEALTHCHECK &{["CMD-SHELL" "curl -f …"] "30s" …}`, `SHELL [/bin/bash -c]`;
 * - kaniko and others: the instruction as written (`RUN …`, `COPY …`);
 * - `docker commit`: an empty `created_by` (or a comment) — nothing to rebuild from.
 */
import { KNOWN_INSTRUCTIONS } from '../dockerfile/instructions.js';

export const KEYWORDS = KNOWN_INSTRUCTIONS;

/** One history entry read back as Dockerfile lines. */
export interface HistoryInstruction {
  /** ARG lines for the build args a RUN recorded (`|2 A=1 B=2 /bin/sh -c …`). */
  args: { name: string; value: string }[];
  /** The instruction keyword, upper case; undefined when the entry is not an instruction. */
  keyword?: string;
  /** The instruction's arguments (may hold newlines for a RUN script). */
  body: string;
}

const SHELL_RE = /^(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)(?:\s+-[a-z]+(?:\s+[a-z]+)?)*?\s+-c\s+/;

/** Splits `A=1 B=two words` into pairs (a new pair starts at ` NAME=`). */
function splitArgPairs(text: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const part of text.trim().split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/)) {
    const eq = part.indexOf('=');
    if (eq > 0) out.push({ name: part.slice(0, eq), value: part.slice(eq + 1) });
  }
  return out;
}

/** `|2 A=1 B=2 /bin/sh -c cmd` -> args + the rest (`/bin/sh -c cmd`). */
function takeBuildArgs(text: string): { args: { name: string; value: string }[]; rest: string } {
  const m = /^\|(\d+)\s+/.exec(text);
  if (!m) return { args: [], rest: text };
  const after = text.slice(m[0].length);
  if (m[1] === '0') return { args: [], rest: after };
  const shell = /\s(?=(?:\/usr)?\/bin\/(?:sh|bash|ash|dash)\s)/.exec(after);
  if (!shell) return { args: [], rest: after };
  return { args: splitArgPairs(after.slice(0, shell.index)), rest: after.slice(shell.index + 1) };
}

/** Go's `%v` of a []string: `[/bin/bash -c]` -> words. */
function goList(text: string): string[] {
  const t = text.trim();
  const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  return inner.split(/\s+/).filter(Boolean);
}

/** Go's `%v` of a HEALTHCHECK config: `&{["CMD-SHELL" "curl -f x"] "30s" …}` -> Dockerfile arguments. */
function goHealthcheck(text: string): string {
  const list = /\[((?:\s*"(?:[^"\\]|\\.)*")*)\s*\]/.exec(text);
  if (!list) return text;
  const words: string[] = [];
  for (const m of list[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    try {
      words.push(JSON.parse(`"${m[1]}"`) as string);
    } catch {
      words.push(m[1]);
    }
  }
  if (words[0] === 'NONE') return 'NONE';
  if (words[0] === 'CMD-SHELL') return `CMD ${words.slice(1).join(' ')}`;
  if (words[0] === 'CMD') return `CMD ${JSON.stringify(words.slice(1))}`;
  return text;
}

/** Reads one `created_by` as an instruction. */
export function parseCreatedBy(createdBy: string): HistoryInstruction {
  let text = createdBy.trim();
  if (text === '') return { args: [], body: '' };
  const buildkit = / # buildkit$/.test(text);
  if (buildkit) text = text.slice(0, -' # buildkit'.length).trimEnd();
  const nop = /^(?:\/bin\/sh|cmd \/S \/C) -c #\(nop\)\s*/.exec(text) ?? /^#\(nop\)\s*/.exec(text);
  if (nop) text = text.slice(nop[0].length).trim();
  else {
    // A RUN: `/bin/sh -c cmd`, `|2 A=1 /bin/sh -c cmd`, or BuildKit's `RUN /bin/sh -c cmd`.
    let rest = text;
    let viaKeyword = false;
    if (/^RUN\s/.test(rest)) {
      rest = rest.slice(4).trimStart();
      viaKeyword = true;
    }
    const { args, rest: afterArgs } = takeBuildArgs(rest);
    const shell = SHELL_RE.exec(afterArgs);
    if (shell) return { args, keyword: 'RUN', body: afterArgs.slice(shell[0].length) };
    if (viaKeyword || args.length > 0) return { args, keyword: 'RUN', body: afterArgs };
  }
  const kw = /^([A-Za-z]+)(?:\s+|$)/.exec(text);
  if (!kw || !KEYWORDS.has(kw[1].toUpperCase())) return { args: [], body: text };
  const keyword = kw[1].toUpperCase();
  let body = text.slice(kw[0].length).trim();
  switch (keyword) {
    case 'ADD':
    case 'COPY':
      // Classic builder: `ADD file:<hash> in /dst`, `COPY dir:<hash> in /dst`, `COPY multi:<hash> in /`.
      body = body.replace(/^((?:--\S+\s+)*)((?:file|dir|multi):[0-9a-f]+)\s+in\s+/, '$1$2 ');
      break;
    case 'EXPOSE':
      if (body.startsWith('map[')) body = body.slice(4, -1).replace(/:\{\}/g, '').trim();
      break;
    case 'VOLUME':
      if (body.startsWith('[') && !body.startsWith('["')) body = goList(body).join(' ');
      break;
    case 'SHELL':
      if (body.startsWith('[') && !body.startsWith('["')) body = JSON.stringify(goList(body));
      break;
    case 'HEALTHCHECK':
      if (body.startsWith('&{')) body = goHealthcheck(body);
      break;
  }
  return { args: [], keyword, body };
}

/** A short one-line form of `created_by` for tables: `RUN apt-get update && …`. */
export function shortCreatedBy(createdBy: string, max = 72): string {
  const ins = parseCreatedBy(createdBy);
  let text = ins.keyword ? `${ins.keyword} ${ins.body}` : ins.body;
  text = text
    .replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, '$1…')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return '(no created_by)';
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export interface HistoryDockerfile {
  text: string;
  /** For each 1-based line of `text` (index line - 1): the history index it came from, or -1. */
  lineHistory: number[];
}

const HEREDOC = 'LAYERGUARD_EOF';

function quoteArg(value: string): string {
  return /^[^\s"'\\$]*$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Dockerfile text for a history: `FROM scratch`, then one instruction per entry that reads as one
 * (RUN scripts spanning lines become heredocs), each line mapped back to its history entry.
 */
export function historyToDockerfile(history: readonly { createdBy: string }[]): HistoryDockerfile {
  const lines: string[] = ['FROM scratch'];
  const lineHistory: number[] = [-1];
  const push = (line: string, index: number) => {
    for (const l of line.split('\n')) {
      lines.push(l);
      lineHistory.push(index);
    }
  };
  history.forEach((entry, index) => {
    const ins = parseCreatedBy(entry.createdBy);
    if (!ins.keyword || ins.keyword === 'FROM') return;
    for (const a of ins.args) push(`ARG ${a.name}=${quoteArg(a.value)}`, index);
    let body = ins.body;
    if (ins.keyword === 'RUN' && body.includes('\n') && !body.includes(HEREDOC)) {
      push(`RUN <<'${HEREDOC}'\n${body.replace(/\n+$/, '')}\n${HEREDOC}`, index);
      return;
    }
    // The classic builder names sources by content hash; `file:` sources are single files (or the base
    // image's root file system tarball), which rules must not take for folders.
    if (ins.keyword === 'ADD' || ins.keyword === 'COPY')
      body = body.replace(/\bfile:([0-9a-f]{12})[0-9a-f]*(?=\s)/g, 'file:$1.file');
    // Anything else on one line: a newline would start a new instruction.
    body = body.replace(/\s*\n\s*/g, ' ');
    push(`${ins.keyword} ${body}`.trimEnd(), index);
  });
  return { text: lines.join('\n') + '\n', lineHistory };
}
