/**
 * A forgiving POSIX-shell (plus common bash) tokenizer and parser for Dockerfile RUN scripts and heredoc
 * bodies. It models the script as a flat list of simple commands (see `shell-types.ts`) and never
 * throws: syntax problems go to `errors` and parsing continues with a best-effort result.
 *
 * Design notes:
 * - One pass over the characters. The lexer is lazy (one token of look-ahead) and the parser is a small
 *   recursive-descent parser over lists, pipelines and compound commands. Command substitutions
 *   (`$( … )`, backquotes, `<( … )`) are parsed recursively in place, so their commands are reported
 *   too (`inSubstitution: true`, depth + 1).
 * - With `dockerfileContinuations`, Docker's own line processing is applied first (escape character +
 *   newline removed, comment and empty lines inside the instruction dropped) into a cleaned string; an
 *   offset table maps every position back to the original text, so `start`/`end`/`raw` refer to what
 *   the user wrote.
 * - Nesting is capped (MAX_NEST): deeper input stops the parse with an error instead of overflowing the
 *   stack. `$((` and `((` are tried as arithmetic first (bash's rule: the matching `)` of `$(` must be
 *   preceded by `)`), and re-parsed as commands otherwise.
 * - Redirections: `op` is the operator as written with its fd number (`2>`, `>>`, `&>`, `<<-`…). A
 *   duplication written in one piece (`2>&1`, `>&2`, `<&-`) keeps the target in `op` (`2>&1`) and also
 *   reports it as `target` (`1`).
 * - `prev`/`next` are the operators between a command and its neighbours in the same list (the body of
 *   a compound command, a substitution, or the script); a compound command counts as a neighbour. A
 *   trailing separator (`a;`, `a &` at the end of a list) gives `next: null`.
 */
import type {
  ParseShellOptions,
  ShellOperator,
  ShellRedirect,
  ShellScript,
  ShellWord,
  SimpleCommand,
} from './shell-types.js';

export type { ParseShellOptions, ShellScript } from './shell-types.js';

const T_EOF = 0;
const T_WORD = 1;
const T_OP = 2;
const T_NL = 3;
const T_REDIR = 4;

/** Maximum nesting of compound commands, substitutions and parameter expansions. */
const MAX_NEST = 200;

const CH_TAB = 9;
const CH_NL = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_BANG = 33;
const CH_DQUOTE = 34;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_AMP = 38;
const CH_SQUOTE = 39;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_EQ = 61;
const CH_SEMI = 59;
const CH_LT = 60;
const CH_GT = 62;
const CH_QUESTION = 63;
const CH_AT = 64;
const CH_LBRACKET = 91;
const CH_BACKSLASH = 92;
const CH_RBRACKET = 93;
const CH_BACKQUOTE = 96;
const CH_LBRACE = 123;
const CH_PIPE = 124;
const CH_RBRACE = 125;

/** Characters that end an unquoted word in normal mode. */
const WORD_END = new Uint8Array(128);
for (const c of ' \t\r\n;&|()<>') WORD_END[c.charCodeAt(0)] = 1;
/** Characters that end a word inside `[[ … ]]`, where `<`, `>`, `(`, `)` and `|` are ordinary. */
const TEST_WORD_END = new Uint8Array(128);
for (const c of ' \t\r\n;&') TEST_WORD_END[c.charCodeAt(0)] = 1;

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reserved words that end a list when found in command position. */
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);

/** Thrown (and caught in `parseShell`) when the nesting limit is exceeded. */
class Bail {}
const BAIL = new Bail();

interface Heredoc {
  delim: string;
  strip: boolean;
  start: number;
  end: number;
}

interface Cleaned {
  src: string;
  /** Cleaned offset where each segment starts, ascending. */
  clean: number[];
  /** Original offset of each segment's first character. */
  orig: number[];
}

/**
 * Applies Docker's line processing to a RUN instruction's argument text: every escape character
 * followed by optional blanks and a newline is removed, and so are the empty lines and the comment
 * lines (first non-blank character `#`) that follow such a continuation. Returns null when there is no
 * continuation at all (the common single-line case), so that the text is used as is.
 */
function dockerClean(text: string, esc: string): Cleaned | null {
  const n = text.length;
  let i = text.indexOf(esc);
  if (i < 0) return null;
  let parts: string[] | null = null;
  const clean = [0];
  const orig = [0];
  let segStart = 0;
  let cleanLen = 0;
  while (i >= 0) {
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === CH_SPACE || c === CH_TAB || c === CH_CR) j++;
      else break;
    }
    if (j < n && text.charCodeAt(j) === CH_NL) {
      if (parts === null) parts = [];
      parts.push(text.slice(segStart, i));
      cleanLen += i - segStart;
      let k = j + 1;
      for (;;) {
        let m = k;
        while (m < n) {
          const c = text.charCodeAt(m);
          if (c === CH_SPACE || c === CH_TAB || c === CH_CR) m++;
          else break;
        }
        if (m < n && text.charCodeAt(m) === CH_NL) {
          k = m + 1; // empty continuation line
          continue;
        }
        if (m < n && text.charCodeAt(m) === CH_HASH) {
          const nl = text.indexOf('\n', m); // Dockerfile comment inside the instruction
          k = nl < 0 ? n : nl + 1;
          continue;
        }
        break;
      }
      segStart = k;
      clean.push(cleanLen);
      orig.push(k);
      i = k < n ? text.indexOf(esc, k) : -1;
    } else {
      i = text.indexOf(esc, i + 1);
    }
  }
  if (parts === null) return null;
  parts.push(text.slice(segStart));
  return { src: parts.join(''), clean, orig };
}

/** Decodes the escapes of a `$'…'` string body. */
function ansiEscape(src: string, p: number, end: number): { value: string; len: number } {
  const n = src.charCodeAt(p);
  switch (n) {
    case 110: // n
      return { value: '\n', len: 1 };
    case 116: // t
      return { value: '\t', len: 1 };
    case 114: // r
      return { value: '\r', len: 1 };
    case 97: // a
      return { value: '\x07', len: 1 };
    case 98: // b
      return { value: '\b', len: 1 };
    case 101: // e
    case 69: // E
      return { value: '\x1b', len: 1 };
    case 102: // f
      return { value: '\f', len: 1 };
    case 118: // v
      return { value: '\v', len: 1 };
    case CH_BACKSLASH:
    case CH_SQUOTE:
    case CH_DQUOTE:
    case CH_QUESTION:
      return { value: src[p], len: 1 };
    case 120: {
      // xHH
      let q = p + 1;
      let code = 0;
      while (q < end && q < p + 3) {
        const h = src.charCodeAt(q);
        const d = isDigit(h) ? h - 48 : h >= 97 && h <= 102 ? h - 87 : h >= 65 && h <= 70 ? h - 55 : -1;
        if (d < 0) break;
        code = code * 16 + d;
        q++;
      }
      if (q === p + 1) return { value: '\\x', len: 1 };
      return { value: String.fromCharCode(code), len: q - p };
    }
    default: {
      if (n >= 48 && n <= 55) {
        let q = p;
        let code = 0;
        while (q < end && q < p + 3) {
          const o = src.charCodeAt(q);
          if (o < 48 || o > 55) break;
          code = code * 8 + (o - 48);
          q++;
        }
        return { value: String.fromCharCode(code & 0xff), len: q - p };
      }
      return { value: '\\' + src[p], len: 1 };
    }
  }
}

class Parser {
  readonly text: string;
  readonly src: string;
  readonly base: number;
  readonly segClean: number[] | null;
  readonly segOrig: number[] | null;
  /** Backslash is an escape character (false with the Dockerfile escape character '`'). */
  readonly bs: boolean;
  readonly dockerMode: boolean;

  end: number;
  pos = 0;

  readonly commands: SimpleCommand[] = [];
  readonly errors: { message: string; start: number; end: number }[] = [];

  // The current token (one token of look-ahead).
  hasTok = false;
  tokType = T_EOF;
  tokStart = 0;
  tokEnd = 0;
  tokOp = '';
  tokWord: ShellWord | null = null;
  tokPlain = false;
  tokDup: ShellWord | null = null;
  tokHeredoc = 0; // 0 none, 1 `<<`, 2 `<<-`

  testMode = false;
  inSubst = false;
  /** How many `( … )` subshells enclose the current position. */
  subshellDepth = 0;
  depth = 0;
  nest = 0;
  pipelines = 0;
  sortNeeded = false;
  lastExp = false;
  redirEnd = 0;
  readonly heredocs: Heredoc[] = [];

  constructor(text: string, options: ParseShellOptions) {
    this.text = text;
    this.base =
      typeof options.baseOffset === 'number' && Number.isFinite(options.baseOffset) ? options.baseOffset : 0;
    const esc = options.escapeChar === '`' ? '`' : '\\';
    this.bs = esc === '\\';
    this.dockerMode = options.dockerfileContinuations === true;
    const cleaned = this.dockerMode ? dockerClean(text, esc) : null;
    if (cleaned) {
      this.src = cleaned.src;
      this.segClean = cleaned.clean;
      this.segOrig = cleaned.orig;
    } else {
      this.src = text;
      this.segClean = null;
      this.segOrig = null;
    }
    this.end = this.src.length;
  }

  // ---------------------------------------------------------------- offsets and results

  mapPos(p: number): number {
    const sc = this.segClean;
    if (sc === null) return p + this.base;
    const so = this.segOrig as number[];
    let lo = 0;
    let hi = sc.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sc[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    const o = so[lo] + (p - sc[lo]);
    return (o > this.text.length ? this.text.length : o) + this.base;
  }

  mapEnd(s: number, e: number): number {
    return e > s ? this.mapPos(e - 1) + 1 : this.mapPos(s);
  }

  mkWord(s: number, e: number, value: string, quoted: boolean, exp: boolean): ShellWord {
    const start = this.mapPos(s);
    const end = this.mapEnd(s, e);
    return {
      value,
      raw: this.text.slice(start - this.base, end - this.base),
      start,
      end,
      quoted,
      hasExpansion: exp,
    };
  }

  error(message: string, s: number, e: number): void {
    const start = this.mapPos(s);
    this.errors.push({ message, start, end: this.mapEnd(s, e) });
  }

  enter(at: number): void {
    if (++this.nest > MAX_NEST) {
      this.error('nesting too deep; the rest of the script is not parsed', at, at);
      throw BAIL;
    }
  }

  leave(): void {
    this.nest--;
  }

  // ---------------------------------------------------------------- lexer

  peek(): number {
    if (!this.hasTok) this.lex();
    return this.tokType;
  }

  consume(): void {
    this.hasTok = false;
  }

  isOp(op: string): boolean {
    return this.peek() === T_OP && this.tokOp === op;
  }

  isKw(kw: string): boolean {
    return this.peek() === T_WORD && this.tokPlain && (this.tokWord as ShellWord).value === kw;
  }

  describe(): string {
    switch (this.tokType) {
      case T_EOF:
        return 'end of script';
      case T_NL:
        return 'newline';
      case T_WORD:
        return `'${(this.tokWord as ShellWord).value}'`;
      default:
        return `'${this.tokOp}'`;
    }
  }

  setOp(type: number, op: string, s: number, e: number): void {
    this.tokType = type;
    this.tokOp = op;
    this.tokStart = s;
    this.tokEnd = e;
    this.tokWord = null;
    this.tokDup = null;
    this.tokHeredoc = 0;
    this.pos = e;
    this.hasTok = true;
  }

  lex(): void {
    const src = this.src;
    const end = this.end;
    let p = this.pos;
    let c = 0;
    for (;;) {
      while (p < end) {
        c = src.charCodeAt(p);
        if (c === CH_SPACE || c === CH_TAB || c === CH_CR) p++;
        else if (c === CH_BACKSLASH && this.bs && p + 1 < end && src.charCodeAt(p + 1) === CH_NL) p += 2;
        else if (
          c === CH_BACKSLASH &&
          this.bs &&
          p + 2 < end &&
          src.charCodeAt(p + 1) === CH_CR &&
          src.charCodeAt(p + 2) === CH_NL
        )
          p += 3;
        else break;
      }
      if (p >= end) {
        this.setOp(T_EOF, '', end, end);
        return;
      }
      if (c === CH_HASH) {
        const nl = src.indexOf('\n', p);
        p = nl < 0 || nl > end ? end : nl;
        continue;
      }
      break;
    }
    const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
    if (this.testMode) {
      if (c === CH_AMP && n === CH_AMP) {
        this.setOp(T_WORD, '&&', p, p + 2);
        this.tokWord = this.mkWord(p, p + 2, '&&', false, false);
        this.tokPlain = true;
        return;
      }
      if (c === CH_PIPE || c === CH_LPAREN || c === CH_RPAREN || c === CH_LT || c === CH_GT) {
        this.lexWord(p);
        return;
      }
    }
    switch (c) {
      case CH_NL:
        this.setOp(T_NL, '\n', p, p + 1);
        if (this.heredocs.length > 0) this.readHeredocBodies();
        return;
      case CH_SEMI:
        if (n === CH_SEMI) {
          if (p + 2 < end && src.charCodeAt(p + 2) === CH_AMP) this.setOp(T_OP, ';;&', p, p + 3);
          else this.setOp(T_OP, ';;', p, p + 2);
        } else if (n === CH_AMP) this.setOp(T_OP, ';&', p, p + 2);
        else this.setOp(T_OP, ';', p, p + 1);
        return;
      case CH_AMP:
        if (n === CH_AMP) this.setOp(T_OP, '&&', p, p + 2);
        else if (n === CH_GT) this.lexRedirect(p, p);
        else this.setOp(T_OP, '&', p, p + 1);
        return;
      case CH_PIPE:
        if (n === CH_PIPE) this.setOp(T_OP, '||', p, p + 2);
        else if (n === CH_AMP) this.setOp(T_OP, '|&', p, p + 2);
        else this.setOp(T_OP, '|', p, p + 1);
        return;
      case CH_LPAREN:
        this.setOp(T_OP, '(', p, p + 1);
        return;
      case CH_RPAREN:
        this.setOp(T_OP, ')', p, p + 1);
        return;
      case CH_LT:
      case CH_GT:
        if (n === CH_LPAREN) this.lexWord(p);
        else this.lexRedirect(p, p);
        return;
      default:
        this.lexWord(p);
    }
  }

  /** Lexes a redirection operator at `p` (`<`, `>` or `&`), with an fd number starting at `s`. */
  lexRedirect(s: number, p: number): void {
    const src = this.src;
    const end = this.end;
    const c = src.charCodeAt(p);
    const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
    const n2 = p + 2 < end ? src.charCodeAt(p + 2) : -1;
    let e = p + 1;
    let heredoc = 0;
    let dup = false;
    if (c === CH_LT) {
      if (n === CH_LT) {
        if (n2 === CH_LT) e = p + 3;
        else if (n2 === CH_MINUS) {
          e = p + 3;
          heredoc = 2;
        } else {
          e = p + 2;
          heredoc = 1;
        }
      } else if (n === CH_AMP) {
        e = p + 2;
        dup = true;
      } else if (n === CH_GT) e = p + 2;
    } else if (c === CH_GT) {
      if (n === CH_GT || n === CH_PIPE) e = p + 2;
      else if (n === CH_AMP) {
        e = p + 2;
        dup = true;
      }
    } else {
      // `&>` / `&>>`
      e = n2 === CH_GT ? p + 3 : p + 2;
    }
    let dupWord: ShellWord | null = null;
    if (dup) {
      let q = e;
      while (q < end && isDigit(src.charCodeAt(q))) q++;
      if (q === e && q < end && src.charCodeAt(q) === CH_MINUS) q++;
      if (q > e) {
        const t = q < end ? src.charCodeAt(q) : CH_SPACE;
        if (t < 128 && WORD_END[t] === 1) {
          dupWord = this.mkWord(e, q, src.slice(e, q), false, false);
          e = q;
        }
      }
    }
    this.setOp(T_REDIR, src.slice(s, e), s, e);
    this.tokDup = dupWord;
    this.tokHeredoc = heredoc;
  }

  /** Lexes a word starting at `s` (may turn into a redirection such as `2>`). */
  lexWord(s: number): void {
    const src = this.src;
    const end = this.end;
    const term = this.testMode ? TEST_WORD_END : WORD_END;
    let p = s;
    let val = '';
    let lit = s;
    let quoted = false;
    let exp = false;
    let plain = true;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (
        (c === CH_LT || c === CH_GT) &&
        !this.testMode &&
        p + 1 < end &&
        src.charCodeAt(p + 1) === CH_LPAREN
      ) {
        // process substitution <( … ) / >( … )
        this.parseSubst(p, p + 2);
        p = this.pos;
        exp = true;
        plain = false;
        continue;
      }
      if (c < 128 && term[c] === 1) {
        if (c === CH_LPAREN && p > s && this.wordGroupAllowed(s, p)) {
          p = this.skipGroup(p);
          exp = true;
          plain = false;
          continue;
        }
        if ((c === CH_LT || c === CH_GT) && p > s && !this.testMode && plain) {
          let q = s;
          while (q < p && isDigit(src.charCodeAt(q))) q++;
          if (q === p) {
            this.lexRedirect(s, p);
            return;
          }
        }
        break;
      }
      switch (c) {
        case CH_BACKSLASH: {
          if (!this.bs || p + 1 >= end) {
            p++;
            break;
          }
          const n = src.charCodeAt(p + 1);
          val += src.slice(lit, p);
          plain = false;
          if (n === CH_NL) {
            p += 2;
            lit = p;
          } else if (n === CH_CR && p + 2 < end && src.charCodeAt(p + 2) === CH_NL) {
            p += 3;
            lit = p;
          } else {
            quoted = true;
            lit = p + 1;
            p += 2;
          }
          break;
        }
        case CH_SQUOTE: {
          val += src.slice(lit, p);
          const q = src.indexOf("'", p + 1);
          if (q < 0 || q >= end) {
            this.error('unterminated single quote', p, end);
            val += src.slice(p + 1, end);
            p = end;
          } else {
            val += src.slice(p + 1, q);
            p = q + 1;
          }
          lit = p;
          quoted = true;
          plain = false;
          break;
        }
        case CH_DQUOTE:
          val += src.slice(lit, p);
          val += this.readDouble(p);
          if (this.lastExp) exp = true;
          p = this.pos;
          lit = p;
          quoted = true;
          plain = false;
          break;
        case CH_DOLLAR: {
          const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
          if (n === CH_SQUOTE) {
            val += src.slice(lit, p);
            val += this.readAnsi(p + 1);
            p = this.pos;
            lit = p;
            quoted = true;
            plain = false;
          } else if (n === CH_DQUOTE) {
            val += src.slice(lit, p);
            val += this.readDouble(p + 1);
            if (this.lastExp) exp = true;
            p = this.pos;
            lit = p;
            quoted = true;
            plain = false;
          } else {
            if (this.scanDollar(p, false)) {
              exp = true;
              plain = false;
            }
            p = this.pos;
          }
          break;
        }
        case CH_BACKQUOTE:
          this.scanBackquote(p);
          p = this.pos;
          exp = true;
          plain = false;
          break;
        default:
          p++;
      }
    }
    if (lit < p) val += src.slice(lit, p);
    this.setOp(T_WORD, '', s, p);
    this.tokWord = this.mkWord(s, p, val, quoted, exp);
    this.tokPlain = plain;
  }

  /** A `(` inside a word: bash array assignment `a=(…)` or extglob `@(…)`, `!(…)`, `*(…)`… */
  wordGroupAllowed(s: number, p: number): boolean {
    const prev = this.src.charCodeAt(p - 1);
    if (prev === CH_AT || prev === CH_BANG || prev === CH_QUESTION || prev === CH_STAR || prev === CH_PLUS) {
      return true;
    }
    if (prev !== CH_EQ) return false;
    const e = this.assignmentEnd(s, p);
    return e === p;
  }

  /** Skips a balanced `( … )` group inside a word; returns the position after it. */
  skipGroup(p: number): number {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    const start = p;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN) {
        depth--;
        if (depth === 0) return p + 1;
      } else if (c === CH_BACKSLASH && this.bs) p++;
      else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) break;
        p = q;
        continue;
      }
      p++;
    }
    this.error('unterminated parenthesis', start, end);
    return end;
  }

  /** Skips a quoted string starting at `p` (no substitution parsing); -1 when unterminated. */
  skipQuoted(p: number): number {
    const src = this.src;
    const end = this.end;
    const q = src.charCodeAt(p);
    p++;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === q) return p + 1;
      if (c === CH_BACKSLASH && q === CH_DQUOTE && this.bs) p++;
      p++;
    }
    return -1;
  }

  /** Reads a double-quoted string starting at `q` (the `"`). Returns its value; sets `pos`, `lastExp`. */
  readDouble(q: number): string {
    const src = this.src;
    const end = this.end;
    let p = q + 1;
    let out = '';
    let lit = p;
    let exp = false;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_DQUOTE) {
        out += src.slice(lit, p);
        this.pos = p + 1;
        this.lastExp = exp;
        return out;
      }
      if (c === CH_BACKSLASH && this.bs && p + 1 < end) {
        const n = src.charCodeAt(p + 1);
        if (n === CH_DOLLAR || n === CH_BACKQUOTE || n === CH_DQUOTE || n === CH_BACKSLASH) {
          out += src.slice(lit, p);
          lit = p + 1;
          p += 2;
        } else if (n === CH_NL) {
          out += src.slice(lit, p);
          p += 2;
          lit = p;
        } else p++;
        continue;
      }
      if (c === CH_DOLLAR) {
        if (this.scanDollar(p, true)) exp = true;
        p = this.pos;
        continue;
      }
      if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos;
        exp = true;
        continue;
      }
      p++;
    }
    this.error('unterminated double quote', q, end);
    out += src.slice(lit, end);
    this.pos = end;
    this.lastExp = exp;
    return out;
  }

  /** Reads a `$'…'` string; `q` is the position of the `'`. Sets `pos`. */
  readAnsi(q: number): string {
    const src = this.src;
    const end = this.end;
    let p = q + 1;
    let out = '';
    let lit = p;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_SQUOTE) {
        out += src.slice(lit, p);
        this.pos = p + 1;
        return out;
      }
      if (c === CH_BACKSLASH && p + 1 < end) {
        out += src.slice(lit, p);
        const r = ansiEscape(src, p + 1, end);
        out += r.value;
        p += 1 + r.len;
        lit = p;
        continue;
      }
      p++;
    }
    this.error("unterminated $'…' string", q - 1, end);
    out += src.slice(lit, end);
    this.pos = end;
    return out;
  }

  /** Scans an expansion at `p` (a `$`). Returns true when it is one; sets `pos` after it. */
  scanDollar(p: number, inDq: boolean): boolean {
    const src = this.src;
    const end = this.end;
    if (p + 1 >= end) {
      this.pos = p + 1;
      return false;
    }
    const n = src.charCodeAt(p + 1);
    if (n === CH_LBRACE) {
      this.scanBraceParam(p, inDq);
      return true;
    }
    if (n === CH_LPAREN) {
      if (p + 2 < end && src.charCodeAt(p + 2) === CH_LPAREN) {
        const q = this.arithEnd(p + 1);
        if (q >= 0) {
          this.scanArithBody(p + 3, q - 2);
          this.pos = q;
          return true;
        }
      }
      this.parseSubst(p, p + 2);
      return true;
    }
    if (n === CH_LBRACKET) {
      // obsolete `$[ … ]` arithmetic
      let q = p + 2;
      let depth = 1;
      while (q < end) {
        const c = src.charCodeAt(q);
        if (c === CH_LBRACKET) depth++;
        else if (c === CH_RBRACKET && --depth === 0) break;
        else if (c === CH_NL) break;
        q++;
      }
      if (q < end && src.charCodeAt(q) === CH_RBRACKET) {
        this.pos = q + 1;
        return true;
      }
      this.pos = p + 1;
      return false;
    }
    if (isNameStart(n)) {
      let q = p + 2;
      while (q < end && isNameChar(src.charCodeAt(q))) q++;
      this.pos = q;
      return true;
    }
    if (
      isDigit(n) ||
      n === CH_AT ||
      n === CH_STAR ||
      n === CH_HASH ||
      n === CH_QUESTION ||
      n === CH_DOLLAR ||
      n === CH_BANG ||
      n === CH_MINUS
    ) {
      this.pos = p + 2;
      return true;
    }
    this.pos = p + 1;
    return false;
  }

  /** `${ … }` starting at `p` (the `$`); nested expansions and substitutions are handled. */
  scanBraceParam(p: number, inDq: boolean): void {
    const src = this.src;
    const end = this.end;
    const start = p;
    this.enter(p);
    p += 2;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_RBRACE) {
        this.pos = p + 1;
        this.leave();
        return;
      }
      if (c === CH_BACKSLASH && this.bs) {
        p += 2;
        continue;
      }
      if (c === CH_SQUOTE && !inDq) {
        const q = src.indexOf("'", p + 1);
        if (q < 0 || q >= end) {
          p = end;
          break;
        }
        p = q + 1;
        continue;
      }
      if (c === CH_DQUOTE) {
        this.readDouble(p);
        p = this.pos;
        continue;
      }
      if (c === CH_DOLLAR) {
        this.scanDollar(p, inDq);
        p = this.pos;
        continue;
      }
      if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos;
        continue;
      }
      p++;
    }
    this.error('unterminated ${…}', start, end);
    this.pos = end;
    this.leave();
  }

  /**
   * `open` is a `(` followed by another `(`. Finds the `)` that matches `open`; when the character
   * before it is `)` too, the whole is an arithmetic expression `(( … ))` and the position after it is
   * returned. Otherwise -1 (the caller parses it as commands: `$( (a) | b )`).
   */
  arithEnd(open: number): number {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    let p = open;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN) {
        if (--depth === 0) {
          return p - 1 > open + 1 && src.charCodeAt(p - 1) === CH_RPAREN ? p + 1 : -1;
        }
      } else if (c === CH_BACKSLASH && this.bs) p++;
      else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) return -1;
        p = q;
        continue;
      } else if (c === CH_SEMI) return -1; // never in arithmetic
      p++;
    }
    return -1;
  }

  /** Parses the command substitutions inside an arithmetic expression `$(( … $(nproc) … ))`. */
  scanArithBody(p: number, to: number): void {
    const src = this.src;
    const savedEnd = this.end;
    this.end = to; // nothing parsed here may run past the closing `))`
    while (p < to) {
      const c = src.charCodeAt(p);
      if (c === CH_DOLLAR) {
        this.scanDollar(p, false);
        p = this.pos > p ? this.pos : p + 1;
      } else if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos > p ? this.pos : p + 1;
      } else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) break;
        p = q;
      } else p++;
    }
    this.end = savedEnd;
    this.hasTok = false;
  }

  /** Parses the commands of a substitution whose body starts at `bodyStart` and ends at a `)`. */
  parseSubst(start: number, bodyStart: number): void {
    this.enter(start);
    const savedTest = this.testMode;
    const savedSubst = this.inSubst;
    this.testMode = false;
    this.inSubst = true;
    this.depth++;
    this.pos = bodyStart;
    this.hasTok = false;
    this.parseProgram(true);
    if (!(this.tokType === T_OP && this.tokOp === ')')) {
      this.error('unterminated command substitution', start, this.end);
    }
    this.hasTok = false;
    this.depth--;
    this.inSubst = savedSubst;
    this.testMode = savedTest;
    this.sortNeeded = true;
    this.leave();
  }

  /** A backquoted command substitution starting at `p`; sets `pos` after it. */
  scanBackquote(p: number): void {
    const src = this.src;
    const end = this.end;
    let q = p + 1;
    while (q < end) {
      const c = src.charCodeAt(q);
      if (c === CH_BACKQUOTE) break;
      if (c === CH_BACKSLASH && this.bs) q++;
      q++;
    }
    const close = q < end ? q : end;
    if (q >= end) this.error('unterminated backquote', p, end);
    this.enter(p);
    const savedTest = this.testMode;
    const savedSubst = this.inSubst;
    const savedEnd = this.end;
    this.testMode = false;
    this.inSubst = true;
    this.depth++;
    this.end = close;
    this.pos = p + 1;
    this.hasTok = false;
    this.parseProgram(false);
    this.hasTok = false;
    this.end = savedEnd;
    this.pos = close < end ? close + 1 : end;
    this.depth--;
    this.inSubst = savedSubst;
    this.testMode = savedTest;
    this.sortNeeded = true;
    this.leave();
  }

  /** Skips the bodies of pending heredocs; `pos` is just after a newline. */
  readHeredocBodies(): void {
    const src = this.src;
    const end = this.end;
    let p = this.pos;
    for (const h of this.heredocs) {
      let found = false;
      while (p < end) {
        let ls = p;
        let nl = src.indexOf('\n', p);
        if (nl < 0 || nl >= end) nl = end;
        let le = nl;
        if (le > ls && src.charCodeAt(le - 1) === CH_CR) le--;
        if (h.strip) while (ls < le && src.charCodeAt(ls) === CH_TAB) ls++;
        p = nl < end ? nl + 1 : end;
        if (le - ls === h.delim.length && src.startsWith(h.delim, ls)) {
          found = true;
          break;
        }
      }
      if (!found && !this.dockerMode) {
        this.errors.push({
          message: `here-document '${h.delim}' is not terminated`,
          start: h.start,
          end: h.end,
        });
      }
    }
    this.heredocs.length = 0;
    this.pos = p;
  }

  /** End of the `NAME=` / `NAME+=` / `NAME[…]=` prefix of the word at [s, e), or -1. */
  assignmentEnd(s: number, e: number): number {
    const src = this.src;
    if (s >= e || !isNameStart(src.charCodeAt(s))) return -1;
    let i = s + 1;
    while (i < e && isNameChar(src.charCodeAt(i))) i++;
    if (i < e && src.charCodeAt(i) === CH_LBRACKET) {
      let depth = 0;
      while (i < e) {
        const c = src.charCodeAt(i);
        if (c === CH_LBRACKET) depth++;
        else if (c === CH_RBRACKET && --depth === 0) break;
        i++;
      }
      if (i >= e) return -1;
      i++;
    }
    if (i < e && src.charCodeAt(i) === CH_PLUS) i++;
    if (i < e && src.charCodeAt(i) === CH_EQ) return i + 1;
    return -1;
  }

  // ---------------------------------------------------------------- parser

  run(): void {
    this.parseProgram(false);
    if (this.heredocs.length > 0 && !this.dockerMode) {
      for (const h of this.heredocs) {
        this.errors.push({
          message: `here-document '${h.delim}' is not terminated`,
          start: h.start,
          end: h.end,
        });
      }
    }
  }

  /** Parses lists until the end (or a `)` closing a substitution), reporting stray tokens. */
  parseProgram(inParen: boolean): void {
    for (;;) {
      this.parseList();
      const t = this.peek();
      if (t === T_EOF) return;
      if (inParen && t === T_OP && this.tokOp === ')') {
        this.consume();
        this.tokType = T_OP;
        this.tokOp = ')';
        return;
      }
      this.error(`unexpected ${this.describe()}`, this.tokStart, this.tokEnd);
      this.consume();
    }
  }

  isListEnd(t: number): boolean {
    if (t === T_EOF) return true;
    if (t === T_OP) {
      const op = this.tokOp;
      return op === ')' || op === ';;' || op === ';&' || op === ';;&';
    }
    return t === T_WORD && this.tokPlain && CLOSERS.has((this.tokWord as ShellWord).value);
  }

  skipNewlines(): void {
    while (this.peek() === T_NL) this.consume();
  }

  /** A sequence of and-or lists separated by `;`, `&` or newlines, up to a closing token. */
  parseList(): void {
    let prevOp: ShellOperator | null = null;
    let dangling: SimpleCommand | null = null;
    for (;;) {
      let t = this.peek();
      while (t === T_NL) {
        this.consume();
        t = this.peek();
      }
      if (this.isListEnd(t)) break;
      dangling = null;
      const cmd = this.parseAndOr(prevOp);
      t = this.peek();
      if (t === T_NL || (t === T_OP && (this.tokOp === ';' || this.tokOp === '&'))) {
        const op = (t === T_NL ? '\n' : this.tokOp) as ShellOperator;
        this.consume();
        if (cmd) cmd.next = op;
        dangling = cmd;
        prevOp = op;
        continue;
      }
      break;
    }
    if (dangling) dangling.next = null;
  }

  parseAndOr(prevOp: ShellOperator | null): SimpleCommand | null {
    let cmd = this.parsePipeline(prevOp);
    for (;;) {
      if (this.peek() !== T_OP) return cmd;
      const op = this.tokOp;
      if (op !== '&&' && op !== '||') return cmd;
      this.consume();
      if (cmd) cmd.next = op;
      this.skipNewlines();
      cmd = this.parsePipeline(op);
    }
  }

  parsePipeline(prevOp: ShellOperator | null): SimpleCommand | null {
    const idx = this.pipelines++;
    let negated = false;
    while (this.isKw('!')) {
      this.consume();
      negated = true;
    }
    let cmd = this.parseCommand(idx, prevOp, negated);
    for (;;) {
      if (this.peek() !== T_OP) return cmd;
      const op = this.tokOp;
      if (op !== '|' && op !== '|&') return cmd;
      this.consume();
      if (cmd) cmd.next = op;
      this.skipNewlines();
      cmd = this.parseCommand(idx, op, negated);
    }
  }

  /** One command; returns the SimpleCommand, or null for a compound command or an error. */
  parseCommand(idx: number, prevOp: ShellOperator | null, negated: boolean): SimpleCommand | null {
    const t = this.peek();
    if (t === T_WORD) {
      if (this.tokPlain) {
        switch ((this.tokWord as ShellWord).value) {
          case 'if':
            this.parseIf();
            return null;
          case 'while':
          case 'until':
            this.parseWhile();
            return null;
          case 'for':
          case 'select':
            this.parseFor();
            return null;
          case 'case':
            this.parseCase();
            return null;
          case '{':
            this.parseGroup();
            return null;
          case 'function':
            this.parseFunctionKeyword();
            return null;
          case 'then':
          case 'elif':
          case 'else':
          case 'fi':
          case 'do':
          case 'done':
          case 'esac':
          case '}':
            this.error(`expected a command before ${this.describe()}`, this.tokStart, this.tokEnd);
            return null;
        }
      }
      return this.parseSimple(idx, prevOp, negated);
    }
    if (t === T_REDIR) return this.parseSimple(idx, prevOp, negated);
    if (t === T_OP && this.tokOp === '(') {
      this.parseSubshell();
      return null;
    }
    this.error(`expected a command before ${this.describe()}`, this.tokStart, this.tokEnd);
    return null;
  }

  /** A compound command's body: a list one level deeper. */
  body(at: number): void {
    this.enter(at);
    this.depth++;
    this.parseList();
    this.depth--;
    this.leave();
  }

  expectKw(kw: string, what: string, at: number): boolean {
    if (this.isKw(kw)) {
      this.consume();
      return true;
    }
    this.error(`expected '${kw}' ${what}, found ${this.describe()}`, at, this.tokEnd > at ? this.tokEnd : at);
    return false;
  }

  parseTrailingRedirects(): void {
    while (this.peek() === T_REDIR) this.parseRedirect();
  }

  parseIf(): void {
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw('then', "after 'if' condition", at)) return;
    this.body(at);
    for (;;) {
      if (this.isKw('elif')) {
        this.consume();
        this.body(at);
        if (!this.expectKw('then', "after 'elif' condition", at)) return;
        this.body(at);
        continue;
      }
      if (this.isKw('else')) {
        this.consume();
        this.body(at);
      }
      break;
    }
    if (!this.expectKw('fi', "to close 'if'", at)) return;
    this.parseTrailingRedirects();
  }

  parseWhile(): void {
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw('do', 'after loop condition', at)) return;
    this.body(at);
    if (!this.expectKw('done', 'to close loop', at)) return;
    this.parseTrailingRedirects();
  }

  parseFor(): void {
    const at = this.tokStart;
    const kw = (this.tokWord as ShellWord).value;
    this.consume();
    let t = this.peek();
    if (t === T_OP && this.tokOp === '(' && this.src.charCodeAt(this.tokStart + 1) === CH_LPAREN) {
      // bash `for (( i = 0; i < n; i++ ))`: skip to the matching `))`
      const q = this.forArithEnd(this.tokStart);
      if (q < 0) {
        this.error(`unterminated '${kw} ((…))'`, at, this.end);
        this.pos = this.end;
        this.hasTok = false;
        return;
      }
      this.pos = q;
      this.hasTok = false;
      if (this.peek() === T_NL || this.isOp(';')) this.consume();
    } else {
      if (t !== T_WORD) {
        this.error(`expected a variable name after '${kw}'`, at, this.tokEnd);
        return;
      }
      this.consume();
      this.skipNewlines();
      if (this.isKw('in')) {
        this.consume();
        while (this.peek() === T_WORD) this.consume();
        t = this.peek();
        if (t === T_NL || (t === T_OP && this.tokOp === ';')) this.consume();
      } else if (this.isOp(';')) this.consume();
    }
    this.skipNewlines();
    if (this.isKw('{')) {
      this.parseGroup();
      return;
    }
    if (!this.expectKw('do', `in '${kw}' loop`, at)) return;
    this.body(at);
    if (!this.expectKw('done', `to close '${kw}' loop`, at)) return;
    this.parseTrailingRedirects();
  }

  /** End of `(( … ))` in a bash arithmetic for loop (it may contain `;`). */
  forArithEnd(open: number): number {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    for (let p = open; p < end; p++) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN && --depth === 0) return p + 1;
    }
    return -1;
  }

  parseCase(): void {
    const at = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a word after 'case'", at, this.tokEnd);
      return;
    }
    this.consume();
    this.skipNewlines();
    if (!this.expectKw('in', "after 'case' word", at)) return;
    for (;;) {
      this.skipNewlines();
      if (this.isKw('esac')) {
        this.consume();
        break;
      }
      if (this.peek() === T_EOF) {
        this.error("expected 'esac' to close 'case'", at, this.end);
        return;
      }
      if (this.isOp('(')) this.consume();
      // pattern ( '|' pattern )* ')'
      let ok = false;
      for (;;) {
        if (this.peek() !== T_WORD) {
          this.error(`expected a case pattern, found ${this.describe()}`, this.tokStart, this.tokEnd);
          break;
        }
        this.consume();
        if (this.isOp('|')) {
          this.consume();
          continue;
        }
        if (this.isOp(')')) {
          this.consume();
          ok = true;
        } else
          this.error(`expected ')' after case pattern, found ${this.describe()}`, this.tokStart, this.tokEnd);
        break;
      }
      if (!ok) return;
      this.body(at);
      const t = this.peek();
      if (t === T_OP && (this.tokOp === ';;' || this.tokOp === ';&' || this.tokOp === ';;&')) {
        this.consume();
        continue;
      }
      if (this.isKw('esac')) {
        this.consume();
        break;
      }
      this.error(`expected ';;' or 'esac', found ${this.describe()}`, this.tokStart, this.tokEnd);
      return;
    }
    this.parseTrailingRedirects();
  }

  parseGroup(): void {
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw('}', "to close '{'", at)) return;
    this.parseTrailingRedirects();
  }

  parseSubshell(): void {
    const at = this.tokStart;
    this.consume();
    if (at + 1 < this.end && this.src.charCodeAt(at + 1) === CH_LPAREN) {
      const q = this.arithEnd(at);
      if (q >= 0) {
        // bash arithmetic command (( … ))
        this.scanArithBody(at + 2, q - 2);
        this.pos = q;
        this.hasTok = false;
        this.parseTrailingRedirects();
        return;
      }
    }
    const savedSubshell = this.subshellDepth;
    this.subshellDepth++;
    this.body(at);
    this.subshellDepth = savedSubshell;
    if (this.isOp(')')) this.consume();
    else {
      this.error(`expected ')' to close subshell, found ${this.describe()}`, at, at + 1);
      return;
    }
    this.parseTrailingRedirects();
  }

  /** The body of a function definition (after `name()` or `function name`). */
  parseFunctionBody(at: number): void {
    this.skipNewlines();
    this.enter(at);
    this.parseCommand(this.pipelines++, null, false);
    this.leave();
  }

  parseFunctionKeyword(): void {
    const at = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a function name after 'function'", at, this.tokEnd);
      return;
    }
    this.consume();
    if (this.isOp('(')) {
      this.consume();
      if (this.isOp(')')) this.consume();
      else this.error("expected ')' in function definition", this.tokStart, this.tokEnd);
    }
    this.parseFunctionBody(at);
  }

  /** Parses a redirection (the current token) and its target; `redirEnd` is set to its cleaned end. */
  parseRedirect(): ShellRedirect {
    const op = this.tokOp;
    const s = this.tokStart;
    let e = this.tokEnd;
    const dup = this.tokDup;
    const heredoc = this.tokHeredoc;
    this.consume();
    let target: ShellWord | null = dup;
    if (target === null) {
      if (this.peek() === T_WORD) {
        target = this.tokWord as ShellWord;
        e = this.tokEnd;
        this.consume();
        if (heredoc > 0) {
          this.heredocs.push({
            delim: target.value,
            strip: heredoc === 2,
            start: target.start,
            end: target.end,
          });
        }
      } else {
        this.error(`missing target for redirection '${op}'`, s, e);
      }
    }
    this.redirEnd = e;
    const r: ShellRedirect = { op, start: this.mapPos(s), end: this.mapEnd(s, e) };
    if (target) r.target = target;
    return r;
  }

  parseSimple(idx: number, prevOp: ShellOperator | null, negated: boolean): SimpleCommand | null {
    const assignments: ShellWord[] = [];
    const words: ShellWord[] = [];
    const redirects: ShellRedirect[] = [];
    let s = -1;
    let e = -1;
    for (;;) {
      const t = this.peek();
      if (t === T_WORD) {
        const w = this.tokWord as ShellWord;
        const ws = this.tokStart;
        const we = this.tokEnd;
        const plain = this.tokPlain;
        if (s < 0) s = ws;
        e = we;
        this.consume();
        if (words.length === 0 && this.assignmentEnd(ws, we) > 0) {
          assignments.push(w);
          continue;
        }
        words.push(w);
        if (words.length === 1) {
          if (plain && w.value === '[[') this.testMode = true;
          else if (assignments.length === 0 && redirects.length === 0 && this.isOp('(')) {
            // function definition `name() body`
            this.consume();
            if (this.isOp(')')) this.consume();
            else this.error("expected ')' in function definition", this.tokStart, this.tokEnd);
            this.parseFunctionBody(ws);
            return null;
          }
        } else if (this.testMode && plain && w.value === ']]') this.testMode = false;
        continue;
      }
      if (t === T_REDIR) {
        if (s < 0) s = this.tokStart;
        redirects.push(this.parseRedirect());
        e = this.redirEnd;
        continue;
      }
      break;
    }
    this.testMode = false;
    const args = wordValues(words);
    const cmd: SimpleCommand = {
      // Exact-size copies: an array grown by push keeps room for 17 elements (152 bytes) however few
      // it holds, and these live as long as the model (a quarter of a large file's model was such room).
      assignments: exact(assignments),
      words: exact(words),
      redirects: exact(redirects),
      name: words.length > 0 ? words[0].value : '',
      args,
      next: null,
      prev: prevOp,
      pipeline: idx,
      depth: this.depth,
      negated,
      inSubstitution: this.inSubst,
      subshell: this.subshellDepth > 0 || this.inSubst,
      start: this.mapPos(s),
      end: this.mapEnd(s, e),
    };
    this.commands.push(cmd);
    return cmd;
  }
}

/**
 * Parses a shell script (a RUN instruction's text with `dockerfileContinuations`, or a heredoc body)
 * into its simple commands. Never throws; problems are returned in `errors`.
 */
export function parseShell(text: string, options: ParseShellOptions = {}): ShellScript {
  const src = typeof text === 'string' ? text : String(text ?? '');
  const parser = new Parser(src, options ?? {});
  try {
    parser.run();
  } catch (e) {
    if (!(e instanceof Bail)) {
      parser.errors.push({
        message: `shell parser failure: ${e instanceof Error ? e.message : String(e)}`,
        start: parser.base,
        end: parser.base + src.length,
      });
    }
  }
  if (parser.sortNeeded) parser.commands.sort((a, b) => a.start - b.start);
  return { commands: exact(parser.commands), errors: parser.errors };
}

/**
 * The array itself when it holds nothing (an empty literal has no backing store), else a copy of
 * exactly its length (see parseSimple).
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** The values of the words after the first (a command's arguments), in an array of exactly that length. */
export function wordValues(words: readonly { value: string }[]): string[] {
  if (words.length <= 1) return [];
  const values = new Array<string>(words.length - 1);
  for (let i = 1; i < words.length; i++) values[i - 1] = words[i].value;
  return values;
}
