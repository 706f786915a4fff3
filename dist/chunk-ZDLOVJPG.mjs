import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-Y3MIJE7F.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH,
        path2[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache2) {
        const cached = cache2[path2];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/targets/image/model.ts
var PACKAGE_DB_MAX_BYTES = 32 * 1024 * 1024;
function isPackageDb(path2) {
  if (path2 === "var/lib/dpkg/status" || path2 === "lib/apk/db/installed") return true;
  if (!path2.startsWith("var/lib/dpkg/status.d/")) return false;
  const name = path2.slice("var/lib/dpkg/status.d/".length);
  return name !== "" && !name.includes("/") && !name.endsWith(".md5sums");
}
var WASTED_FILES_KEPT = 1e3;
function imageStatsOf(stats) {
  const s = stats?.image;
  return s && typeof s === "object" && Array.isArray(s.layers) ? s : void 0;
}

// src/targets/image/file-index.ts
var NONE = -1;
var MAX_SEGMENT_LENGTH = 32752;
var PathTableFullError = class extends Error {
};
var PATH_BYTES_MAX = 256;
var BLOCK_SHIFT = 12;
var COLUMN_BLOCK = 1 << BLOCK_SHIFT;
var BLOCK_MASK = COLUMN_BLOCK - 1;
var Int32Blocks = class {
  blocks = [];
  /** Values the blocks can hold. */
  capacity = 0;
  get(i) {
    return this.blocks[i >>> BLOCK_SHIFT][i & BLOCK_MASK];
  }
  /** Sets value i; the column grows to hold it (i is at most one past the values set so far). */
  set(i, v) {
    if (i >= this.capacity) this.grow(i);
    this.blocks[i >>> BLOCK_SHIFT][i & BLOCK_MASK] = v;
  }
  grow(i) {
    const b = i >>> BLOCK_SHIFT;
    const last = this.blocks.length - 1;
    if (last >= 0 && this.blocks[last].length < COLUMN_BLOCK) {
      const whole = new Int32Array(COLUMN_BLOCK);
      whole.set(this.blocks[last]);
      this.blocks[last] = whole;
    }
    while (this.blocks.length <= b) this.blocks.push(new Int32Array(COLUMN_BLOCK));
    this.capacity = this.blocks.length * COLUMN_BLOCK;
  }
  /** Keeps `length` values: the last block shrinks to what it holds. */
  trim(length) {
    const keep = Math.ceil(length / COLUMN_BLOCK);
    if (this.blocks.length > keep) this.blocks.length = keep;
    const used = length - (keep - 1) * COLUMN_BLOCK;
    if (keep > 0 && keep === this.blocks.length && this.blocks[keep - 1].length > used)
      this.blocks[keep - 1] = this.blocks[keep - 1].slice(0, used);
    const partial = this.blocks.length > 0 && this.blocks[this.blocks.length - 1].length < COLUMN_BLOCK;
    this.capacity = (this.blocks.length - (partial ? 1 : 0)) * COLUMN_BLOCK;
  }
  /** Bytes held (blocks as allocated). */
  get bytes() {
    let n = 0;
    for (const block of this.blocks) n += block.byteLength;
    return n;
  }
};
var RECORD = 3;
var LINK = 2;
var ID_MASK = 16777215;
var MAX_PATH_IDS = ID_MASK;
function filterBit(h) {
  return 1 << 24 + (h >>> 29);
}
var HashIndex = class {
  /** `hashOf(id)`: the hash an id was added with, recomputed when the heads grow. */
  constructor(records, hashOf) {
    this.records = records;
    this.hashOf = hashOf;
    for (let b = 0; b < this.buckets; b++) this.heads.set(b, 0);
  }
  records;
  hashOf;
  heads = new Int32Blocks();
  /** Buckets (a power of two). */
  buckets = 64;
  items = 0;
  /**
   * The first id of the chain that may hold ids of hash `h`, follow with `next`; 0 when none can
   * (the bucket's filter says no id of that hash was added).
   */
  first(h) {
    const head = this.heads.get(h & this.buckets - 1);
    return (head & filterBit(h)) === 0 ? 0 : head & ID_MASK;
  }
  next(id) {
    return this.records.get(id * RECORD + LINK);
  }
  /** Adds id (its record is set but for the link); the heads grow past 1.5 ids a bucket. */
  add(id, h) {
    if (id !== this.items + 1) throw new Error(`hash index: id ${id} added after ${this.items}`);
    if (id > ID_MASK) throw new Error(`hash index: more than ${ID_MASK} ids`);
    const b = h & this.buckets - 1;
    const head = this.heads.get(b);
    this.records.set(id * RECORD + LINK, head & ID_MASK);
    this.heads.set(b, head & ~ID_MASK | filterBit(h) | id);
    if (++this.items > this.buckets + (this.buckets >>> 1)) this.grow();
  }
  /** Doubles the buckets and links every id (1 … items) again, in id order. */
  grow() {
    const heads = this.heads;
    const records = this.records;
    const buckets = 2 * this.buckets;
    for (let b = 0; b < buckets; b++) heads.set(b, 0);
    this.buckets = buckets;
    const mask = buckets - 1;
    for (let id = 1; id <= this.items; id++) {
      const h = this.hashOf(id);
      const b = h & mask;
      const head = heads.get(b);
      records.set(id * RECORD + LINK, head & ID_MASK);
      heads.set(b, head & ~ID_MASK | filterBit(h) | id);
    }
  }
  /** Releases the slack of the last block of heads. */
  trim() {
    this.heads.trim(this.buckets);
  }
  get bytes() {
    return this.heads.bytes;
  }
};
function hashStep(h, c) {
  return Math.imul(h ^ c, 16777619);
}
var HASH_SEED = 2166136261 | 0;
function hashEnd(h) {
  return h ^ h >>> 15 | 0;
}
function nodeHash(parent, name) {
  const h = Math.imul(parent ^ 2654435769, 2246822507) ^ name;
  return hashEnd(Math.imul(h, 3266489909));
}
var PARENT = 0;
var NAME = 1;
var HASH = 0;
var AT = 1;
var NAME_BLOCK_SHIFT = 16;
var NAME_BLOCK = 1 << NAME_BLOCK_SHIFT;
var NAME_BLOCKS_MAX = 2 ** 32 / NAME_BLOCK;
var FIRST_NAME_BLOCK = 256;
var PathTable = class {
  /** At most this many nodes (the input's folders and files); `intern` throws PathTableFullError. */
  constructor(maxNodes = Infinity) {
    this.maxNodes = maxNodes;
    this.nodeRecords.set(PARENT, NONE);
    this.nodeRecords.set(NAME, 0);
    this.nodeRecords.set(LINK, 0);
    this.nameRecords.set(LINK, 0);
  }
  maxNodes;
  nodeRecords = new Int32Blocks();
  nodes = new HashIndex(
    this.nodeRecords,
    (id) => nodeHash(this.nodeRecords.get(id * RECORD + PARENT), this.nodeRecords.get(id * RECORD + NAME))
  );
  /** Nodes, the root included. */
  count = 1;
  /** Name 0 is unused; AT is block << 16 | position of the prefix (read as unsigned). */
  nameRecords = new Int32Blocks();
  names = new HashIndex(this.nameRecords, (id) => this.nameRecords.get(id * RECORD + HASH));
  nameBlocks = [];
  /** Bytes used in the last name block, and its size (the same: full, or trimmed). */
  lastBlockUsed = 0;
  lastBlockSize = 0;
  nameCount = 1;
  nameBytesUsed = 0;
  /** The last folder whose path was made by pathOf (siblings are usually asked for in a row). */
  lastPathDir = -1;
  lastPathDirPath = "";
  /**
   * The last path given to internBytes, and its folders: the position of each of its slashes and the
   * node of the folder it ends.
   */
  prevPath = new Uint8Array(PATH_BYTES_MAX);
  prevLen = 0;
  prevSlash = new Int32Array(PATH_BYTES_MAX);
  prevDir = new Int32Array(PATH_BYTES_MAX);
  prevSlashes = 0;
  /** The last folder interned, to skip re-walking it (consecutive tar entries share their folder). */
  lastDir = "";
  lastDirId = 0;
  /** Bytes held by the table (blocks as allocated). */
  get bytes() {
    let n = this.nodeRecords.bytes + this.nodes.bytes + this.nameRecords.bytes + this.names.bytes;
    for (const b of this.nameBlocks) n += b.length;
    return n;
  }
  /** Bytes of the distinct names stored (latin1: one a character; else two), prefixes left out. */
  get nameBytes() {
    return this.nameBytesUsed;
  }
  /** Distinct names stored. */
  get nameCountStored() {
    return this.nameCount - 1;
  }
  parentOf(id) {
    return this.nodeRecords.get(id * RECORD + PARENT);
  }
  /** The node of a normalised path (`a/b/c`, '' for the root), added when new. */
  intern(path2) {
    if (path2 === "") return 0;
    let start = 0;
    let id = 0;
    const slash = path2.lastIndexOf("/");
    const dir = this.lastDir;
    if (slash >= 0 && slash === dir.length && path2.startsWith(dir)) {
      id = this.lastDirId;
      start = slash + 1;
    }
    for (; ; ) {
      const end = path2.indexOf("/", start);
      if (end < 0) {
        if (slash >= 0 && id !== this.lastDirId) {
          this.lastDir = path2.slice(0, slash);
          this.lastDirId = id;
        }
        return this.child(id, this.name(path2, start, path2.length, true), true);
      }
      id = this.child(id, this.name(path2, start, end, true), true);
      start = end + 1;
    }
  }
  /**
   * The node of the normalised ASCII path `buf[start, end)` (not empty, at most PATH_BYTES_MAX
   * bytes), added when new: the same node as `intern` of its text, found with no string made. The
   * folders of the previous path given here are kept, so that only the segments after the part it
   * shares with this one are looked up (tar entries come folder by folder).
   */
  internBytes(buf, start, end) {
    const n = end - start;
    if (n > PATH_BYTES_MAX)
      return this.intern(Buffer.from(buf.buffer, buf.byteOffset + start, n).toString("latin1"));
    const prev = this.prevPath;
    const m = n < this.prevLen ? n : this.prevLen;
    let same = 0;
    while (same < m && buf[start + same] === prev[same]) same++;
    const slashes = this.prevSlash;
    let k = 0;
    while (k < this.prevSlashes && slashes[k] < same) k++;
    let id = k > 0 ? this.prevDir[k - 1] : 0;
    let seg = k > 0 ? slashes[k - 1] + 1 : 0;
    this.prevLen = same;
    this.prevSlashes = k;
    let h = HASH_SEED;
    for (let i = seg; i < same; i++) h = hashStep(h, prev[i]);
    for (let i = same; i < n; i++) {
      const c = buf[start + i];
      prev[i] = c;
      if (c !== 47) {
        h = hashStep(h, c);
        continue;
      }
      id = this.childOfBytes(id, prev, seg, i, hashEnd(h));
      slashes[k] = i;
      this.prevDir[k] = id;
      this.prevSlashes = ++k;
      seg = i + 1;
      h = HASH_SEED;
    }
    this.prevLen = n;
    return this.childOfBytes(id, prev, seg, n, hashEnd(h));
  }
  /** The node (parent, the ASCII name `b[start, end)` of hash `h`), added when new. */
  childOfBytes(parent, b, start, end, h) {
    const names = this.nameCount;
    const name = this.nameOfBytes(b, start, end, h);
    return name >= names ? this.addChild(parent, name, nodeHash(parent, name)) : this.child(parent, name, true);
  }
  /** The node of a normalised path, or -1 when no layer has it. */
  lookup(path2) {
    if (path2 === "") return 0;
    let start = 0;
    let id = 0;
    for (; ; ) {
      const end = path2.indexOf("/", start);
      const name = this.name(path2, start, end < 0 ? path2.length : end, false);
      if (name === NONE) return NONE;
      id = this.child(id, name, false);
      if (id < 0 || end < 0) return id;
      start = end + 1;
    }
  }
  /** The node (parent, name), added when new and `add`; -1 when absent. */
  child(parent, name, add) {
    const h = nodeHash(parent, name);
    const records = this.nodeRecords;
    for (let id = this.nodes.first(h); id !== 0; id = records.get(id * RECORD + LINK))
      if (records.get(id * RECORD + NAME) === name && records.get(id * RECORD + PARENT) === parent) return id;
    if (!add) return NONE;
    return this.addChild(parent, name, h);
  }
  /** Adds the node (parent, name) of hash `h`, which is not in the table. */
  addChild(parent, name, h) {
    if (this.count >= this.maxNodes || this.count > MAX_PATH_IDS)
      throw new PathTableFullError(`more than ${Math.min(this.maxNodes, MAX_PATH_IDS)} distinct paths`);
    const id = this.count++;
    const records = this.nodeRecords;
    records.set(id * RECORD + PARENT, parent);
    records.set(id * RECORD + NAME, name);
    this.nodes.add(id, h);
    return id;
  }
  /**
   * The id of the ASCII name `b[start, end)` of hash `h` (hashed as `name` hashes its text), stored
   * when new.
   */
  nameOfBytes(b, start, end, h) {
    const records = this.nameRecords;
    const len = end - start;
    for (let id = this.names.first(h); id !== 0; id = records.get(id * RECORD + LINK)) {
      if (records.get(id * RECORD + HASH) !== h) continue;
      const v = this.locate(id);
      if (v !== len << 1) continue;
      const block2 = this.spanBlock;
      const at2 = this.spanAt - start;
      let i = start;
      while (i < end && block2[at2 + i] === b[i]) i++;
      if (i === end) return id;
    }
    const block = this.newName(h, len, false);
    let at = this.spanAt;
    for (let i = start; i < end; i++) block[at++] = b[i];
    return this.nameCount - 1;
  }
  /** The id of the name `s[start, end)`, stored when new and `add`; -1 when absent. */
  name(s, start, end, add) {
    let h = HASH_SEED;
    let wide = false;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) wide = true;
      h = hashStep(h, c);
    }
    h = hashEnd(h);
    const records = this.nameRecords;
    for (let id = this.names.first(h); id !== 0; id = records.get(id * RECORD + LINK))
      if (records.get(id * RECORD + HASH) === h && this.sameName(id, s, start, end)) return id;
    if (!add) return NONE;
    const block = this.newName(h, end - start, wide);
    let at = this.spanAt;
    if (wide) {
      for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        block[at++] = c & 255;
        block[at++] = c >>> 8;
      }
    } else for (let i = start; i < end; i++) block[at++] = s.charCodeAt(i);
    return this.nameCount - 1;
  }
  /**
   * Adds a name of `len` characters and hash `h` (its id: nameCount - 1): writes its prefix and
   * returns the block its bytes go to, from `spanAt` (the caller writes them).
   */
  newName(h, len, wide) {
    if (len > MAX_SEGMENT_LENGTH)
      throw new PathTableFullError(`a path segment longer than ${MAX_SEGMENT_LENGTH} characters`);
    if (this.nameCount > MAX_PATH_IDS)
      throw new PathTableFullError(`more than ${MAX_PATH_IDS} distinct path names`);
    const v = len << 1 | (wide ? 1 : 0);
    const bytes = wide ? 2 * len : len;
    const prefix = v < 128 ? 1 : 3;
    if (this.lastBlockUsed + prefix + bytes > this.lastBlockSize) {
      if (this.nameBlocks.length >= NAME_BLOCKS_MAX)
        throw new PathTableFullError(`more than ${2 ** 32} bytes of path names`);
      const size = this.nameBlocks.length === 0 && prefix + bytes <= FIRST_NAME_BLOCK ? FIRST_NAME_BLOCK : NAME_BLOCK;
      this.nameBlocks.push(Buffer.allocUnsafeSlow(size));
      this.lastBlockUsed = 0;
      this.lastBlockSize = size;
    }
    const block = this.nameBlocks[this.nameBlocks.length - 1];
    let at = this.lastBlockUsed;
    const id = this.nameCount++;
    const records = this.nameRecords;
    records.set(id * RECORD + HASH, h | 0);
    records.set(id * RECORD + AT, this.nameBlocks.length - 1 << NAME_BLOCK_SHIFT | at | 0);
    if (prefix === 1) block[at++] = v;
    else {
      block[at++] = 128;
      block[at++] = v & 255;
      block[at++] = v >>> 8;
    }
    this.lastBlockUsed = at + bytes;
    this.nameBytesUsed += bytes;
    this.names.add(id, h);
    this.spanAt = at;
    return block;
  }
  /** Set by `locate`: the block of a name and where its bytes start (after the prefix). */
  spanBlock = Buffer.alloc(0);
  spanAt = 0;
  /** Finds name `id` (spanBlock, spanAt); returns its prefix value, `length << 1 | wide`. */
  locate(id) {
    const off = this.nameRecords.get(id * RECORD + AT) >>> 0;
    const block = this.nameBlocks[off >>> NAME_BLOCK_SHIFT];
    let at = off & NAME_BLOCK - 1;
    let v = block[at++];
    if (v === 128) {
      v = block[at] | block[at + 1] << 8;
      at += 2;
    }
    this.spanBlock = block;
    this.spanAt = at;
    return v;
  }
  sameName(id, s, start, end) {
    const v = this.locate(id);
    const block = this.spanBlock;
    const at = this.spanAt;
    const len = v >>> 1;
    if (len !== end - start) return false;
    if (v & 1) {
      for (let i = 0; i < len; i++)
        if ((block[at + 2 * i] | block[at + 2 * i + 1] << 8) !== s.charCodeAt(start + i)) return false;
    } else {
      for (let i = 0; i < len; i++) if (block[at + i] !== s.charCodeAt(start + i)) return false;
    }
    return true;
  }
  /** The last segment of a node's path. */
  nameOf(id) {
    if (id === 0) return "";
    const v = this.locate(this.nodeRecords.get(id * RECORD + NAME));
    const block = this.spanBlock;
    const at = this.spanAt;
    const len = v >>> 1;
    if ((v & 1) === 0) return block.toString("latin1", at, at + len);
    let out = "";
    for (let i = 0; i < len; i++)
      out += String.fromCharCode(block[at + 2 * i] | block[at + 2 * i + 1] << 8);
    return out;
  }
  /** The whole path of a node (`a/b/c`). */
  pathOf(id) {
    if (id <= 0) return "";
    const parent = this.parentOf(id);
    if (parent === 0) return this.nameOf(id);
    if (parent !== this.lastPathDir) {
      let dir = this.nameOf(parent);
      for (let p = this.parentOf(parent); p > 0; p = this.parentOf(p)) dir = this.nameOf(p) + "/" + dir;
      this.lastPathDir = parent;
      this.lastPathDirPath = dir;
    }
    return this.lastPathDirPath + "/" + this.nameOf(id);
  }
  /**
   * Releases the slack of the last blocks, when the input has been read (interning more afterwards
   * works: names go to a new block).
   */
  trim() {
    this.nodeRecords.trim(this.count * RECORD);
    this.nodes.trim();
    this.nameRecords.trim(this.nameCount * RECORD);
    this.names.trim();
    const last = this.nameBlocks.length - 1;
    if (last >= 0 && this.lastBlockUsed < this.nameBlocks[last].length) {
      this.nameBlocks[last] = Buffer.from(this.nameBlocks[last].subarray(0, this.lastBlockUsed));
      this.lastBlockSize = this.lastBlockUsed;
    }
  }
};
var TYPES = ["file", "dir", "symlink", "hardlink", "char", "block", "fifo", "other"];
var TYPE_CODE = {
  file: 0,
  dir: 1,
  symlink: 2,
  hardlink: 3,
  char: 4,
  block: 5,
  fifo: 6,
  other: 7
};
var WHITEOUTS = [void 0, "file", "opaque"];
var MODE_MASK = 4095;
var TYPE_SHIFT = 12;
var WHITEOUT_SHIFT = 15;
var OWNER_SHIFT = 17;
var OWNER_SPILLED = 32767;
var SIZE_SPILLED = 4294967295;
var LayerFiles = class _LayerFiles {
  constructor(paths = new PathTable()) {
    this.paths = paths;
  }
  paths;
  pathIds = new Int32Blocks();
  /** Sizes as unsigned 32-bit values; SIZE_SPILLED: in bigSizes. */
  sizes = new Int32Blocks();
  bits = new Int32Blocks();
  bigSizes;
  bigOwners;
  /**
   * Distinct `uid:gid` pairs of the layer (a few), by owner id. Root (0:0), which owns most entries,
   * is owner 0 from the start, so that a layer of root's files never looks an owner up in `push`:
   * the first entry of every layer did, and V8, which had seen that branch run only on the very
   * first entry (before it records type feedback), threw the code it had optimised away there.
   */
  ownerIds = /* @__PURE__ */ new Map([["0:0", 0]]);
  ownerList = [0, 0];
  lastUid = 0;
  lastGid = 0;
  lastOwner = 0;
  links;
  keyHeaders;
  contents;
  length = 0;
  /** An index of the given entries (tests, models built by hand). */
  static from(files, paths = new PathTable()) {
    const out = new _LayerFiles(paths);
    for (const f of files) {
      const i = out.push(paths.intern(f.path), f.type, f.whiteout, f.size, f.mode, f.uid, f.gid);
      if (f.linkTarget !== void 0) out.setLinkTarget(i, f.linkTarget);
      if (f.keyHeader !== void 0) out.setKeyHeader(i, f.keyHeader);
      if (f.content !== void 0) out.setContent(i, f.content);
    }
    out.trim();
    return out;
  }
  /** Appends an entry; returns its index. */
  push(pathId, type, whiteout, size, mode, uid, gid) {
    const i = this.length++;
    this.pathIds.set(i, pathId);
    if (size >= 0 && size < SIZE_SPILLED && Math.floor(size) === size) this.sizes.set(i, size | 0);
    else {
      this.sizes.set(i, SIZE_SPILLED | 0);
      (this.bigSizes ??= /* @__PURE__ */ new Map()).set(i, size);
    }
    let owner = this.lastOwner;
    if (uid !== this.lastUid || gid !== this.lastGid) {
      const key2 = `${uid}:${gid}`;
      const known = this.ownerIds.get(key2);
      if (known === void 0) {
        owner = this.ownerList.length / 2;
        this.ownerIds.set(key2, owner);
        this.ownerList.push(uid, gid);
      } else owner = known;
      this.lastUid = uid;
      this.lastGid = gid;
      this.lastOwner = owner;
    }
    let ownerBits = owner;
    if (owner >= OWNER_SPILLED) {
      ownerBits = OWNER_SPILLED;
      (this.bigOwners ??= /* @__PURE__ */ new Map()).set(i, owner);
    }
    const wh = whiteout === "file" ? 1 : whiteout === "opaque" ? 2 : 0;
    this.bits.set(
      i,
      mode & MODE_MASK | TYPE_CODE[type] << TYPE_SHIFT | wh << WHITEOUT_SHIFT | ownerBits << OWNER_SHIFT
    );
    return i;
  }
  setLinkTarget(i, target) {
    (this.links ??= /* @__PURE__ */ new Map()).set(i, target);
  }
  setKeyHeader(i, header) {
    (this.keyHeaders ??= /* @__PURE__ */ new Map()).set(i, header);
  }
  setContent(i, text) {
    (this.contents ??= /* @__PURE__ */ new Map()).set(i, text);
  }
  /** Releases the slack of the last blocks (when the layer has been read). */
  trim() {
    this.pathIds.trim(this.length);
    this.sizes.trim(this.length);
    this.bits.trim(this.length);
  }
  /** Bytes held by the columns (sparse maps and the shared path table not counted). */
  get bytes() {
    return this.pathIds.bytes + this.sizes.bytes + this.bits.bytes;
  }
  pathIdAt(i) {
    return this.pathIds.get(i);
  }
  pathAt(i) {
    return this.paths.pathOf(this.pathIds.get(i));
  }
  typeAt(i) {
    return TYPES[this.bits.get(i) >>> TYPE_SHIFT & 7];
  }
  /** Whether entry i is a regular file (not a whiteout): the entries that hold bytes. */
  isPlainFile(i) {
    return (this.bits.get(i) & 31 << TYPE_SHIFT) === 0;
  }
  sizeAt(i) {
    const s = this.sizes.get(i) >>> 0;
    return s === SIZE_SPILLED ? this.bigSizes.get(i) : s;
  }
  modeAt(i) {
    return this.bits.get(i) & MODE_MASK;
  }
  whiteoutAt(i) {
    return WHITEOUTS[this.bits.get(i) >>> WHITEOUT_SHIFT & 3];
  }
  ownerAt(i) {
    const o = this.bits.get(i) >>> OWNER_SHIFT;
    return o === OWNER_SPILLED ? this.bigOwners.get(i) : o;
  }
  uidAt(i) {
    return this.ownerList[2 * this.ownerAt(i)];
  }
  gidAt(i) {
    return this.ownerList[2 * this.ownerAt(i) + 1];
  }
  linkTargetAt(i) {
    return this.links?.get(i);
  }
  keyHeaderAt(i) {
    return this.keyHeaders?.get(i);
  }
  contentAt(i) {
    return this.contents?.get(i);
  }
  /** Entries with a key header (few): their indexes. */
  keyHeaderEntries() {
    return (this.keyHeaders ?? /* @__PURE__ */ new Map()).keys();
  }
  /** Entry i as an object (made now; not kept). */
  get(i, path2 = this.pathAt(i)) {
    const f = {
      path: path2,
      type: this.typeAt(i),
      size: this.sizeAt(i),
      mode: this.modeAt(i),
      uid: this.uidAt(i),
      gid: this.gidAt(i)
    };
    const wh = this.whiteoutAt(i);
    if (wh) f.whiteout = wh;
    const link = this.links?.get(i);
    if (link !== void 0) f.linkTarget = link;
    const key2 = this.keyHeaders?.get(i);
    if (key2 !== void 0) f.keyHeader = key2;
    const content = this.contents?.get(i);
    if (content !== void 0) f.content = content;
    return f;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
  /** Every entry as an object (tests, small layers). */
  toArray() {
    return [...this];
  }
};

// src/targets/image/packages.ts
var RPM_DBS = [
  "var/lib/rpm/rpmdb.sqlite",
  "var/lib/rpm/Packages",
  "var/lib/rpm/Packages.db",
  "usr/lib/sysimage/rpm/rpmdb.sqlite"
];
function key(p) {
  return `${p.manager}:${p.name}${p.arch && p.manager === "dpkg" && p.arch !== "all" ? `:${p.arch}` : ""}`;
}
function* paragraphs(text) {
  let fields = /* @__PURE__ */ new Map();
  let last = "";
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      if (fields.size > 0) yield fields;
      fields = /* @__PURE__ */ new Map();
      last = "";
      continue;
    }
    if (line[0] === " " || line[0] === "	") {
      if (last) fields.set(last, `${fields.get(last)}
${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  if (fields.size > 0) yield fields;
}
function parseDpkgStatus(text, out) {
  for (const p of paragraphs(text)) {
    const name = p.get("package");
    const version = p.get("version");
    if (!name || !version) continue;
    const status = p.get("status");
    if (status !== void 0 && !/\binstalled$/.test(status)) continue;
    const pkg = { name, version, manager: "dpkg" };
    const arch = p.get("architecture");
    if (arch) pkg.arch = arch;
    out.set(key(pkg), pkg);
  }
}
function parseApkInstalled(text, out) {
  let name = "";
  let version = "";
  let arch = "";
  const flush = () => {
    if (name && version) {
      const pkg = { name, version, manager: "apk" };
      if (arch) pkg.arch = arch;
      out.set(key(pkg), pkg);
    }
    name = version = arch = "";
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "") flush();
    else if (line.startsWith("P:")) name = line.slice(2).trim();
    else if (line.startsWith("V:")) version = line.slice(2).trim();
    else if (line.startsWith("A:")) arch = line.slice(2).trim();
  }
  flush();
}
function packagesOf(visible) {
  const packages = /* @__PURE__ */ new Map();
  const status = visible.get("var/lib/dpkg/status");
  if (status?.file.content !== void 0) parseDpkgStatus(status.file.content, packages);
  for (const path2 of visible.keys()) {
    if (!path2.startsWith("var/lib/dpkg/status.d/")) continue;
    const content = visible.get(path2)?.file.content;
    if (content !== void 0) parseDpkgStatus(content, packages);
  }
  const apk = visible.get("lib/apk/db/installed");
  if (apk?.file.content !== void 0) parseApkInstalled(apk.file.content, packages);
  const unreadable = RPM_DBS.filter((p) => visible.get(p)?.file.type === "file");
  return { packages, unreadable };
}
function compareDebianVersions(a, b) {
  const split = (v) => {
    const colon = v.indexOf(":");
    const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
    const rest = colon > 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf("-");
    return {
      epoch,
      upstream: dash >= 0 ? rest.slice(0, dash) : rest,
      revision: dash >= 0 ? rest.slice(dash + 1) : ""
    };
  };
  const order = (c) => {
    if (c === "~") return -1;
    if (c === "") return 0;
    if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
    return c.charCodeAt(0) + 256;
  };
  const part = (x, y) => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      while (i < x.length && !/\d/.test(x[i]) || j < y.length && !/\d/.test(y[j])) {
        const cx = i < x.length && !/\d/.test(x[i]) ? x[i] : "";
        const cy = j < y.length && !/\d/.test(y[j]) ? y[j] : "";
        const d2 = order(cx) - order(cy);
        if (d2 !== 0) return d2;
        if (cx) i++;
        if (cy) j++;
      }
      let nx = "";
      let ny = "";
      while (i < x.length && /\d/.test(x[i])) nx += x[i++];
      while (j < y.length && /\d/.test(y[j])) ny += y[j++];
      const d = Number(nx || "0") - Number(ny || "0");
      if (d !== 0) return d;
    }
    return 0;
  };
  const va = split(a);
  const vb = split(b);
  if (va.epoch !== vb.epoch) return va.epoch - vb.epoch;
  return part(va.upstream, vb.upstream) || part(va.revision, vb.revision);
}
function compareApkVersions(a, b) {
  const tokens = (v) => v.match(/\d+|[^\d]+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function diffPackages(before, after) {
  const out = [];
  const base = (p) => ({
    name: p.name,
    manager: p.manager,
    ...p.arch ? { arch: p.arch } : {}
  });
  for (const [k, p] of after.packages) {
    const old = before.packages.get(k);
    if (!old) out.push({ ...base(p), change: "added", to: p.version });
    else if (old.version !== p.version) {
      const cmp = p.manager === "dpkg" ? compareDebianVersions(p.version, old.version) : compareApkVersions(p.version, old.version);
      out.push({ ...base(p), change: cmp < 0 ? "downgraded" : "upgraded", from: old.version, to: p.version });
    }
  }
  for (const [k, p] of before.packages)
    if (!after.packages.has(k)) out.push({ ...base(p), change: "removed", from: p.version });
  const rank = { added: 0, upgraded: 1, downgraded: 2, removed: 3 };
  out.sort((x, y) => rank[x.change] - rank[y.change] || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return out;
}

// src/targets/image/analysis.ts
var PRESENT = 1;
var EFF = 2;
var REMOVED = 4;
var NONE2 = -1;
var MIN_SPILLED = 4294967295;
var Tree = class {
  /** `hide(layer, entry, node, by)` is told of every entry pushed out of the tree, and by which layer. */
  constructor(table, hide, typeOf, layers) {
    this.table = table;
    this.hide = hide;
    this.typeOf = typeOf;
    const n = table.count;
    this.flags = new Uint8Array(n);
    this.layerOf = layers < 65535 ? new Uint16Array(n) : new Int32Array(n);
    this.entryOf = new Int32Array(n).fill(NONE2);
    this.first = new Int32Array(n).fill(NONE2);
    this.next = new Int32Array(n).fill(NONE2);
    this.prev = new Int32Array(n).fill(NONE2);
    this.effMin = new Uint32Array(n);
    this.flags[0] = PRESENT;
    this.layerOf[0] = NONE2;
  }
  table;
  hide;
  typeOf;
  flags;
  /** The layer a node's entry (or the folder) comes from; NONE (or 0xffff) for the root. */
  layerOf;
  /** The layer entry the node holds (-1: a folder no layer listed, or none). */
  entryOf;
  first;
  next;
  /** Needed while the tree is built only (released by `efficiency`): 8 bytes a path. */
  prev;
  /** dive's smallest size seen of a path (unsigned; MIN_SPILLED: in effMinSpilled). */
  effMin;
  effMinSpilled = /* @__PURE__ */ new Map();
  /** dive's smallest sizes of nodes dropped without being "seen" removed (folders replaced by files…). */
  closedMin = 0;
  /** dive's sum of every size seen: every entry's size, once. */
  seenSum = 0;
  minOf(node) {
    const m = this.effMin[node];
    return m === MIN_SPILLED ? this.effMinSpilled.get(node) : m;
  }
  setMin(node, size) {
    if (size < MIN_SPILLED && Math.floor(size) === size) this.effMin[node] = size;
    else {
      this.effMin[node] = MIN_SPILLED;
      this.effMinSpilled.set(node, size);
    }
  }
  link(node, layer) {
    const p = this.table.parentOf(node);
    const head = this.first[p];
    this.prev[node] = NONE2;
    this.next[node] = head;
    if (head >= 0) this.prev[head] = node;
    this.first[p] = node;
    this.flags[node] |= PRESENT;
    this.layerOf[node] = layer;
    this.entryOf[node] = NONE2;
  }
  unlink(node) {
    const p = this.table.parentOf(node);
    const before = this.prev[node];
    const after = this.next[node];
    if (before >= 0) this.next[before] = after;
    else this.first[p] = after;
    if (after >= 0) this.prev[after] = before;
  }
  /** Puts a node's folders in the tree; a file where a folder is now needed is replaced by it. */
  ensureParents(node, layer) {
    const parent = this.table.parentOf(node);
    let a = parent;
    while (a > 0 && !(this.flags[a] & PRESENT)) a = this.table.parentOf(a);
    if (a > 0 && this.entryOf[a] >= 0 && this.typeOf(this.layerOf[a], this.entryOf[a]) !== "dir") {
      this.hide(this.layerOf[a], this.entryOf[a], a, layer);
      this.entryOf[a] = NONE2;
    }
    for (let m = parent; m !== a; m = this.table.parentOf(m)) this.link(m, layer);
  }
  /** Drops a subtree: hides its files; `seen` leaves are dive's removed paths (seen again, size 0). */
  drop(root, by, seen) {
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop();
      const entry = this.entryOf[n];
      if (entry >= 0) this.hide(this.layerOf[n], entry, n, by);
      const leaf = this.first[n] < 0;
      const f = this.flags[n];
      if (f & EFF) {
        if (seen && leaf && entry >= 0) {
          this.flags[n] = f & ~EFF | REMOVED;
          this.effMin[n] = 0;
        } else {
          this.closedMin += this.minOf(n);
          this.flags[n] = f & ~EFF;
        }
      }
      for (let k = this.first[n]; k >= 0; k = this.next[k]) stack.push(k);
      this.flags[n] &= ~PRESENT;
      this.entryOf[n] = NONE2;
      this.first[n] = NONE2;
    }
  }
  /** A whiteout of layer `by`: removes the path and everything under it. */
  remove(node, by) {
    if (node === 0) return;
    if (!(this.flags[node] & PRESENT)) {
      this.flags[node] |= REMOVED;
      this.effMin[node] = 0;
      return;
    }
    this.unlink(node);
    this.drop(node, by, true);
  }
  /** An opaque whiteout of layer `by`: empties the folder. */
  clear(node, by) {
    if (!(this.flags[node] & PRESENT) || this.first[node] < 0) return;
    const kids = [];
    for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
    this.first[node] = NONE2;
    for (const k of kids) this.drop(k, by, true);
  }
  /** Entry `entry` of layer `layer`, at path node `node`, `size` bytes of content. */
  set(node, layer, entry, type, size) {
    this.ensureParents(node, layer);
    if (!(this.flags[node] & PRESENT)) this.link(node, layer);
    const old = this.entryOf[node];
    if (old >= 0) this.hide(this.layerOf[node], old, node, layer);
    if (type !== "dir" && this.first[node] >= 0) {
      const kids = [];
      for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
      this.first[node] = NONE2;
      for (const k of kids) this.drop(k, layer, false);
    }
    this.entryOf[node] = entry;
    this.layerOf[node] = layer;
    this.seenSum += size;
    const f = this.flags[node];
    if (f & EFF) {
      if (size < this.minOf(node)) this.setMin(node, size);
    } else if (f & REMOVED) {
      this.effMin[node] = 0;
      this.flags[node] = f & ~REMOVED | EFF;
    } else {
      this.setMin(node, size);
      this.flags[node] = f | EFF;
    }
  }
  /**
   * dive's score: Σ smallest size seen per path / Σ sizes seen. Ends the building: what only building
   * needs is released, and the tree is read through `first`/`next` from then on.
   */
  efficiency() {
    let minSum = this.closedMin;
    for (let n = 0; n < this.flags.length; n++) {
      if (this.flags[n] & EFF) minSum += this.minOf(n);
      let k = this.first[n];
      let reversed = NONE2;
      while (k >= 0) {
        const after = this.next[k];
        this.next[k] = reversed;
        reversed = k;
        k = after;
      }
      this.first[n] = reversed;
    }
    this.prev = new Int32Array(0);
    this.effMin = new Uint32Array(0);
    this.effMinSpilled.clear();
    const allSum = this.seenSum;
    return allSum === 0 ? 1 : minSum / allSum;
  }
  /** Levels the last `following` went up (-1: down to a child). */
  climbed = 0;
  /**
   * The node after `n` in tree order (children in the order they were added, before the next
   * sibling); -1 at the end. Sets `climbed`.
   */
  following(n) {
    if (this.first[n] >= 0) {
      this.climbed = -1;
      return this.first[n];
    }
    let up = 0;
    while (n > 0 && this.next[n] < 0) {
      n = this.table.parentOf(n);
      up++;
    }
    this.climbed = up;
    return n > 0 ? this.next[n] : NONE2;
  }
};
var VisibleFiles = class {
  constructor(tree, files) {
    this.tree = tree;
    this.files = files;
    let n = 0;
    for (let i = 1; i < tree.flags.length; i++) if (tree.flags[i] & PRESENT) n++;
    this.size = n;
  }
  tree;
  files;
  size;
  nodeOf(path2) {
    const id = path2 === "" ? NONE2 : this.tree.table.lookup(path2);
    return id > 0 && id < this.tree.flags.length && this.tree.flags[id] & PRESENT ? id : NONE2;
  }
  has(path2) {
    return this.nodeOf(path2) >= 0;
  }
  get(path2) {
    const id = this.nodeOf(path2);
    return id < 0 ? void 0 : this.at(id, path2);
  }
  /** The path of a node (from `visitFiles`). */
  pathOf(node) {
    return this.tree.table.pathOf(node);
  }
  /** The visible file of a node (from `visitFiles`), made now. */
  at(node, path2 = this.pathOf(node)) {
    const layer = this.tree.layerOf[node];
    const entry = this.tree.entryOf[node];
    const file = entry >= 0 ? this.files[layer].get(entry, path2) : { path: path2, type: "dir", size: 0, mode: 493, uid: 0, gid: 0 };
    return { path: path2, file, layer };
  }
  /**
   * Calls `fn` for every visible path that a layer entry made (folders no layer listed are left out),
   * in tree order, with the entry's layer files and index: read what is needed with their accessors.
   */
  visitFiles(fn) {
    const t = this.tree;
    for (let n = t.first[0]; n >= 0; n = t.following(n)) {
      const entry = t.entryOf[n];
      if (entry >= 0) fn(n, this.files[t.layerOf[n]], entry, t.layerOf[n]);
    }
  }
  /** Every visible node with its path, in tree order (paths made from their folder's). */
  *walk() {
    const t = this.tree;
    const table = t.table;
    const dirs = [""];
    for (let n = t.first[0]; n >= 0; ) {
      const dir = dirs[dirs.length - 1];
      const path2 = dir === "" ? table.nameOf(n) : `${dir}/${table.nameOf(n)}`;
      yield [n, path2];
      const next = t.following(n);
      if (t.climbed < 0) dirs.push(path2);
      else dirs.length -= t.climbed;
      n = next;
    }
  }
  *entries() {
    for (const [n, path2] of this.walk()) yield [path2, this.at(n, path2)];
  }
  *keys() {
    for (const [, path2] of this.walk()) yield path2;
  }
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn) {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function analyseImage(model) {
  const hit = cache.get(model);
  if (hit) return hit;
  const result = analyseLayers(model.layers);
  cache.set(model, result);
  return result;
}
function commonTable(files) {
  const tables = new Set(files.filter((f) => !!f).map((f) => f.paths));
  if (tables.size <= 1) return { table: tables.values().next().value ?? new PathTable(), ids: [] };
  const table = new PathTable();
  const ids = files.map((f) => {
    if (!f) return void 0;
    const map = new Int32Array(f.paths.count).fill(NONE2);
    const out = new Int32Array(f.length);
    for (let i = 0; i < f.length; i++) {
      const id = f.pathIdAt(i);
      if (map[id] < 0) map[id] = table.intern(f.paths.pathOf(id));
      out[i] = map[id];
    }
    return out;
  });
  return { table, ids };
}
function removeWhiteouts(tree, f, li, idOf) {
  for (let i = 0; i < f.length; i++) {
    const wh = f.whiteoutAt(i);
    if (!wh) continue;
    const node = idOf ? idOf[i] : f.pathIdAt(i);
    if (wh === "file") tree.remove(node, li);
    else tree.clear(node, li);
  }
}
function addEntries(tree, f, li, idOf) {
  for (let i = 0; i < f.length; i++) {
    if (f.whiteoutAt(i)) continue;
    const node = idOf ? idOf[i] : f.pathIdAt(i);
    if (node === 0) continue;
    const type = f.typeAt(i);
    tree.set(node, li, i, type, type === "file" ? f.sizeAt(i) : 0);
  }
}
function analyseLayers(layers) {
  const files = layers.map((l) => l.files);
  const { table, ids } = commonTable(files);
  const hiddenBytes = layers.map(() => 0);
  const wasted = /* @__PURE__ */ new Map();
  const tree = new Tree(
    table,
    (layer, entry, node, by) => {
      const f = files[layer];
      if (f.typeAt(entry) !== "file" || f.whiteoutAt(entry)) return;
      const size = f.sizeAt(entry);
      hiddenBytes[layer] += size;
      let w = wasted.get(node);
      if (!w) {
        w = { node, size: 0, layers: [], hiddenBy: by };
        wasted.set(node, w);
      }
      w.size += size;
      if (w.layers[w.layers.length - 1] !== layer) w.layers.push(layer);
      w.hiddenBy = by;
    },
    (layer, entry) => files[layer].typeAt(entry),
    layers.length
  );
  let userBytes = 0;
  files.forEach((f, li) => {
    if (!f) return;
    const idOf = ids[li];
    if (li > 0) {
      let sum = layers[li].contentSize;
      if (sum === void 0) {
        sum = 0;
        for (let i = 0; i < f.length; i++) if (f.typeAt(i) === "file") sum += f.sizeAt(i);
      }
      userBytes += sum;
    }
    removeWhiteouts(tree, f, li, idOf);
    addEntries(tree, f, li, idOf);
  });
  const wastedBytes = hiddenBytes.reduce((s, b) => s + b, 0);
  const pathOf = (w) => w.path ??= table.pathOf(w.node);
  const all = [...wasted.values()].filter((w) => w.size > 0);
  all.sort((a, b) => b.size - a.size || (pathOf(a) < pathOf(b) ? -1 : 1));
  const wastedFiles = all.slice(0, WASTED_FILES_KEPT).map((w) => ({
    path: pathOf(w),
    size: w.size,
    layers: w.layers,
    hiddenBy: w.hiddenBy
  }));
  const omitted = { count: all.length - wastedFiles.length, bytes: 0 };
  for (let i = wastedFiles.length; i < all.length; i++) omitted.bytes += all[i].size;
  const efficiency = tree.efficiency();
  return {
    visible: new VisibleFiles(tree, files),
    efficiency,
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    wastedFiles,
    wastedFilesOmitted: omitted,
    hiddenBytes
  };
}
var SUID_BITS = 3072;
function diffFiles(before, after) {
  const out = [];
  for (const v of after.values()) {
    const f = v.file;
    if (f.type === "dir") continue;
    const old = before.get(v.path)?.file;
    const owner = `${f.uid}:${f.gid}`;
    if (!old || old.type === "dir") {
      const c2 = {
        path: v.path,
        change: "added",
        type: f.type,
        size: f.size,
        sizeDelta: f.size,
        mode: f.mode,
        owner,
        layer: v.layer
      };
      if (f.mode & SUID_BITS && f.type === "file") c2.setuidSet = true;
      out.push(c2);
      continue;
    }
    const what = [];
    if (old.type !== f.type) what.push("type");
    if (old.size !== f.size) what.push("size");
    if (old.mode !== f.mode) what.push("mode");
    const oldOwner = `${old.uid}:${old.gid}`;
    if (oldOwner !== owner) what.push("owner");
    if ((old.linkTarget ?? "") !== (f.linkTarget ?? "")) what.push("link");
    if (what.length === 0) continue;
    const c = {
      path: v.path,
      change: "changed",
      type: f.type,
      size: f.size,
      sizeDelta: f.size - old.size,
      what,
      mode: f.mode,
      owner,
      layer: v.layer
    };
    if (old.mode !== f.mode) c.baselineMode = old.mode;
    if (oldOwner !== owner) c.baselineOwner = oldOwner;
    if (f.type === "file" && f.mode & SUID_BITS & ~(old.type === "file" ? old.mode : 0)) c.setuidSet = true;
    out.push(c);
  }
  for (const v of before.values()) {
    if (v.file.type === "dir") continue;
    const now = after.get(v.path);
    if (now && now.file.type !== "dir") continue;
    out.push({ path: v.path, change: "removed", type: v.file.type, size: 0, sizeDelta: -v.file.size });
  }
  out.sort(
    (a, b) => Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
  return out;
}
var compareCache = /* @__PURE__ */ new WeakMap();
function layerKey(l) {
  return l.diffId ?? l.digest;
}
function compareImages(model, baseline) {
  let inner = compareCache.get(model);
  const hit = inner?.get(baseline);
  if (hit) return hit;
  const baseKeys = new Set(baseline.layers.map(layerKey).filter((k) => !!k));
  const layerShared = model.layers.map((l) => {
    const k = layerKey(l);
    return k !== void 0 && baseKeys.has(k);
  });
  const result = {
    sizeDelta: model.size - baseline.size,
    layerDelta: model.layers.length - baseline.layers.length,
    sharedLayers: layerShared.filter(Boolean).length,
    layerShared
  };
  if (model.filesIndexed && baseline.filesIndexed) {
    const before = analyseImage(baseline).visible;
    const added = [];
    let addedBytes = 0;
    for (const v of analyseImage(model).visible.values()) {
      if (v.file.type !== "file") continue;
      const old = before.get(v.path);
      if (old && old.file.type === "file" && old.file.size === v.file.size) continue;
      added.push({ path: v.path, size: v.file.size, layer: v.layer, changed: !!old });
      addedBytes += v.file.size;
    }
    added.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    result.addedPaths = added;
    result.addedBytes = addedBytes;
    const after = analyseImage(model).visible;
    result.fileChanges = diffFiles(before, after);
    const pb = packagesOf(before);
    const pa = packagesOf(after);
    if (pb.packages.size > 0 || pa.packages.size > 0) result.packageChanges = diffPackages(pb, pa);
    const unreadable = [.../* @__PURE__ */ new Set([...pb.unreadable, ...pa.unreadable])];
    if (unreadable.length > 0) result.packagesUnreadable = unreadable;
  }
  if (!inner) {
    inner = /* @__PURE__ */ new WeakMap();
    compareCache.set(model, inner);
  }
  inner.set(baseline, result);
  return result;
}

// src/engine/types.ts
var SEVERITIES = ["error", "warning", "info"];
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
var WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// src/engine/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);
import fsSync, { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var HEAD_BYTES = 4096;
var MAX_FILE_BYTES = 1024 * 1024;
var toPosix = (p) => p.split(path.sep).join("/");
async function readHead(absPath) {
  const fd = fsSync.openSync(absPath, fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0));
  try {
    if (!fsSync.fstatSync(fd).isFile()) return "";
    const buf = Buffer.alloc(HEAD_BYTES);
    const bytesRead = fsSync.readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    fsSync.closeSync(fd);
  }
}
var MAX_IGNORE_FILE_BYTES = 256 * 1024;
var MAX_IGNORE_PATTERNS = 1e4;
async function loadGitignore(dirAbs, cwdAbs, problems) {
  const abs = path.join(dirAbs, ".gitignore");
  const relPath = toPosix(path.relative(cwdAbs, abs));
  let text;
  try {
    text = await readIgnoreFile(abs, cwdAbs);
  } catch (e) {
    problems.push({
      relPath,
      message: `this .gitignore was not read (${e.message}), so the files it would exclude are checked too. Make it a regular file of a reasonable size.`
    });
    return null;
  }
  if (text === null) return null;
  const patterns = text.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  if (patterns.length > MAX_IGNORE_PATTERNS) {
    problems.push({
      relPath,
      message: `this .gitignore has ${patterns.length} patterns; only the first ${MAX_IGNORE_PATTERNS} were used (each pattern is tried against every path).`
    });
  }
  return {
    base: toPosix(path.relative(cwdAbs, dirAbs)),
    ig: (0, import_ignore.default)().add(patterns.slice(0, MAX_IGNORE_PATTERNS))
  };
}
async function readIgnoreFile(absPath, root) {
  try {
    if (!fsSync.lstatSync(absPath, { throwIfNoEntry: false })) return null;
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "ENOTDIR")
      return null;
    throw new Error(describeFsError(e));
  }
  return readTargetFile(absPath, root, MAX_IGNORE_FILE_BYTES);
}
function siblingReader(cwd) {
  const folderIgnores = /* @__PURE__ */ new Map();
  const read = (rel) => readIgnoreFile(path.join(cwd, rel), cwd);
  return (rel) => {
    if (path.posix.basename(rel) !== ".dockerignore") return read(rel);
    let text = folderIgnores.get(rel);
    if (!text) folderIgnores.set(rel, text = read(rel));
    return text;
  };
}
function describeFsError(e) {
  const code = e.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENAMETOOLONG") return "its path is longer than the system allows";
  if (code === "ELOOP") return "its symbolic links loop";
  if (code === "ENOENT") return "it does not exist (a dangling symbolic link?)";
  return code ?? e.message;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodeName(raw) {
  try {
    return { name: strictUtf8.decode(raw), valid: true };
  } catch {
    return { name: raw.toString("utf8"), valid: false };
  }
}
function ignoredBy(ignorers, relPath, isDir) {
  for (const { base, ig } of ignorers) {
    const inner = base === "" ? relPath : relPath.startsWith(base + "/") ? relPath.slice(base.length + 1) : null;
    if (inner === null || inner === "") continue;
    if (ig.ignores(isDir ? inner + "/" : inner)) return true;
  }
  return false;
}
async function walk(cwdAbs, startAbs, visit, problems) {
  const rootIgnorers = [];
  for (let dir = startAbs; ; dir = path.dirname(dir)) {
    if (dir !== startAbs) {
      const ig = await loadGitignore(dir, cwdAbs, problems);
      if (ig) rootIgnorers.push(ig);
    }
    if (dir === cwdAbs || !dir.startsWith(cwdAbs) || path.dirname(dir) === dir) break;
  }
  const stack = [{ abs: startAbs, ignorers: rootIgnorers }];
  while (stack.length > 0) {
    const { abs, ignorers: inherited } = stack.pop();
    const own = await loadGitignore(abs, cwdAbs, problems);
    const ignorers = own ? [...inherited, own] : inherited;
    let entries;
    try {
      entries = await fs.readdir(abs, { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      problems.push({
        relPath: toPosix(path.relative(cwdAbs, abs)) || ".",
        message: `this folder could not be read (${describeFsError(e)}), so nothing in it was checked.`
      });
      continue;
    }
    const named = entries.map((e) => ({ entry: e, ...decodeName(e.name) }));
    named.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const subdirs = [];
    for (const { entry: e, name, valid } of named) {
      const childAbs = path.join(abs, name);
      const rel = toPosix(path.relative(cwdAbs, childAbs));
      if (!valid) {
        if (e.isDirectory() || e.isFile()) {
          problems.push({
            relPath: rel,
            message: `this ${e.isDirectory() ? "folder" : "file"}'s name is not valid UTF-8, so it was not checked: rename it (paths in reports and on GitHub are UTF-8).`
          });
        }
        continue;
      }
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(name) || ignoredBy(ignorers, rel, true)) continue;
        subdirs.push(childAbs);
      } else if (e.isFile()) {
        if (ignoredBy(ignorers, rel, false)) continue;
        await visit(rel, childAbs, false);
      } else if (e.isSymbolicLink()) {
        if (ignoredBy(ignorers, rel, false)) continue;
        const target = await fs.stat(childAbs).catch(() => null);
        if (target?.isFile()) await visit(rel, childAbs, true);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ abs: subdirs[i], ignorers });
  }
}
async function classify(relPath, absPath, handlers, explicit, linkRoot) {
  let head;
  const readable = () => linkRoot === void 0 || isInside(absPath, linkRoot);
  const getHead = async () => head ??= readable() ? await readHead(absPath).catch(() => "") : "";
  for (const h of handlers) {
    if (h.claims(relPath, await getHead())) return { relPath, absPath, kind: h.kind, handler: h };
  }
  if (explicit) {
    for (const h of handlers) {
      if (h.claimsExplicit?.(relPath, await getHead())) return { relPath, absPath, kind: h.kind, handler: h };
    }
  }
  return null;
}
var GLOB_CHARS = /[*?[\]{}]/;
var fsCallbacks = {
  stat: promisify(fsSync.stat),
  readFile: promisify(fsSync.readFile),
  realpath: promisify(fsSync.realpath.native)
};
async function discover(cwd, inputs, handlers) {
  const cwdAbs = path.resolve(cwd);
  realRoots.clear();
  const seen = /* @__PURE__ */ new Map();
  const missing = [];
  const problems = [];
  const add = (f) => {
    if (f && !seen.has(f.relPath)) seen.set(f.relPath, f);
  };
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) {
      const isMatch = (0, import_picomatch.default)(toPosix(input).replace(/^\.\//, ""), { dot: true });
      let matched = 0;
      await walk(
        cwdAbs,
        cwdAbs,
        async (rel, abs2, isLink) => {
          if (!isMatch(rel)) return;
          matched++;
          add(await classify(rel, abs2, handlers, true, isLink ? cwdAbs : void 0));
        },
        problems
      );
      if (matched === 0) missing.push(input);
      continue;
    }
    const abs = path.resolve(cwdAbs, input);
    let stat;
    try {
      stat = await fsCallbacks.stat(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      await walk(
        cwdAbs,
        abs,
        async (rel, fileAbs, isLink) => add(await classify(rel, fileAbs, handlers, false, isLink ? cwdAbs : void 0)),
        problems
      );
    } else {
      const rel = toPosix(path.relative(cwdAbs, abs)) || path.basename(abs);
      add(await classify(rel, abs, handlers, true));
    }
  }
  const files = [...seen.values()].sort(
    (a, b) => a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0
  );
  const seenProblems = /* @__PURE__ */ new Set();
  const uniqueProblems = problems.filter((p) => {
    const key2 = `${p.relPath}\0${p.message}`;
    if (seenProblems.has(key2)) return false;
    seenProblems.add(key2);
    return true;
  });
  return { files, missing, problems: uniqueProblems };
}
async function readTargetFile(absPath, root, limit = MAX_FILE_BYTES) {
  const what = limit === MAX_FILE_BYTES ? " for a text target" : "";
  let fd;
  try {
    fd = fsSync.openSync(absPath, fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(describeFsError(e));
  }
  try {
    const stat = fsSync.fstatSync(fd);
    if (!stat.isFile()) throw new Error("it is not a regular file");
    const namedInside = root !== void 0 && isWithin(path.resolve(root), path.resolve(absPath));
    if (namedInside && !isInside(absPath, root)) {
      throw new Error(
        "it is a symbolic link to a file outside the working directory; layerguard reads only files inside it"
      );
    }
    if (stat.size > limit) {
      throw new Error(`file is ${stat.size} bytes, over the ${limit}-byte limit${what}`);
    }
    const chunks = [];
    let chunk = Buffer.alloc(Math.min(limit + 1, Math.max(stat.size + 1, 64 * 1024)));
    let used = 0;
    let total = 0;
    while (total <= limit) {
      const bytesRead = fsSync.readSync(fd, chunk, used, chunk.length - used, total);
      if (bytesRead === 0) break;
      used += bytesRead;
      total += bytesRead;
      if (used === chunk.length && total <= limit) {
        chunks.push(chunk);
        chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
        used = 0;
      }
    }
    if (total > limit) throw new Error(`file is over the ${limit}-byte limit${what}`);
    chunks.push(chunk.subarray(0, used));
    return decodeText(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } finally {
    fsSync.closeSync(fd);
  }
}
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    let even = 0;
    let odd = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) even++;
      else odd++;
    }
    if (Math.max(even, odd) >= sample / 4 && Math.min(even, odd) <= Math.max(even, odd) / 10) {
      throw new Error(
        "it looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM)"
      );
    }
    throw new Error(`it is a binary file, not text (a NUL byte at offset ${nul}); nothing in it was checked`);
  }
  const text = bytes.toString("utf8");
  let invalid = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) invalid++;
  if (invalid > 16 && invalid * 8 > text.length) {
    throw new Error(
      `it is a binary file, not text (${invalid} of its ${text.length} characters are not valid UTF-8); nothing in it was checked`
    );
  }
  return text;
}
function isInside(absPath, root) {
  try {
    return isWithin(realRoot(root), fsSync.realpathSync(absPath));
  } catch {
    return false;
  }
}
function realRoot(root) {
  let real = realRoots.get(root);
  if (real === void 0) {
    real = fsSync.realpathSync(root);
    if (realRoots.size >= 16) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
}
var realRoots = /* @__PURE__ */ new Map();
function isWithin(parent, child) {
  const rel = path.relative(parent, child);
  if (rel === "") return true;
  if (path.isAbsolute(rel)) return false;
  return rel.split(path.sep)[0] !== "..";
}

// src/targets/child-process.ts
function abandonChild(child) {
  child.kill("SIGKILL");
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}

export {
  require_picomatch2 as require_picomatch,
  PACKAGE_DB_MAX_BYTES,
  isPackageDb,
  imageStatsOf,
  PathTableFullError,
  PathTable,
  LayerFiles,
  analyseImage,
  compareImages,
  SEVERITIES,
  SEVERITY_RANK,
  WHOLE_FILE,
  MAX_FILE_BYTES,
  toPosix,
  siblingReader,
  fsCallbacks,
  discover,
  readTargetFile,
  isInside,
  abandonChild
};
