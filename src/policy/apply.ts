/**
 * The policy stage after the rules ran: inline suppressions, then exceptions, then the findings about
 * the policy itself (expired and expiring exceptions, suppressions without a reason, unused, locked or
 * malformed suppressions, unpinned extends). Suppressed findings stay in the result, marked with
 * `suppressed: {kind, reason, source}`. Pure: it sees the findings, the loaded targets (for their
 * comments) and the policy, and `now` for expiry dates.
 */
import type { Finding, Range, Severity } from '../engine/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { LoadedTarget } from '../targets/types.js';
import { effectiveRule, globMatcher, normaliseFile } from './effective.js';
import { covers, directivesOf, resolveToken } from './inline.js';
import type { Directive } from './inline.js';
import { DEFAULT_SUPPRESSIONS, DEFAULT_WARN_BEFORE_DAYS } from './layer.js';
import { closest } from './suggest.js';
import type { ResolvedException, ResolvedPolicy } from './types.js';

const DAY_MS = 86_400_000;

function utcDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Days from today (UTC) to the expiry date; negative once expired (the expiry day itself is 0). */
export function daysLeft(expires: string, now: Date): number {
  return Math.round((dayOf(expires) - utcDay(now)) / DAY_MS);
}

function ruleList(ids: string[]): string {
  return ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

interface Emit {
  (ruleId: string, file: string, range: Range, message: string): void;
}

function policyEmitter(policy: ResolvedPolicy, out: Finding[]): Emit {
  return (ruleId, file, range, message) => {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) return;
    const setting = effectiveRule(policy, rule, file);
    if (setting.severity === 'off') return;
    out.push({
      ruleId,
      severity: setting.severity as Severity,
      message,
      file,
      kind: 'policy',
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
    });
  };
}

interface ActiveDirective extends Directive {
  /** Rule ids per token (after dropping locked rules). */
  resolved: Map<string, string[]>;
  used: Set<string>;
}

const SPECIFICITY = { next: 0, stage: 1, file: 2 } as const;

/**
 * Whether a list of rule ids covers a finding. dockerfile/shellcheck reports each ShellCheck code under
 * its own id (`shellcheck/SC2086`): naming the rule covers them all, naming the code covers that one.
 */
export function namesFinding(ids: readonly string[], ruleId: string): boolean {
  return ids.includes(ruleId) || (ruleId.startsWith('shellcheck/') && ids.includes('dockerfile/shellcheck'));
}

function syntaxLabel(d: Directive): string {
  if (d.syntax === 'buildkit') return '# check=skip=';
  if (d.syntax === 'hadolint')
    return `# hadolint ${d.scope === 'file' ? 'global ' : d.scope === 'stage' ? 'stage ' : ''}ignore=`;
  return `# layerguard ${d.scope === 'next' ? 'ignore' : d.scope === 'stage' ? 'ignore-stage' : 'ignore-file'}=`;
}

function describeScope(d: Directive): string {
  if (d.scope === 'file') return 'this file';
  if (d.scope === 'stage') return 'this stage';
  return 'the next instruction';
}

export function applyPolicy(
  findings: Finding[],
  targets: LoadedTarget[],
  policy: ResolvedPolicy,
  now: Date = new Date(),
): Finding[] {
  const applier = new PolicyApplier(policy, now);
  for (const target of targets) applier.addTarget(target);
  const out = findings.map((f) => applier.suppress(f));
  for (const target of targets) applier.finishTarget(target.file);
  return [...out, ...applier.finish()];
}

/**
 * The policy stage one target at a time, so that a run need not hold every target's model at once:
 * `addTarget` reads the target's suppression comments, `suppress` marks each of its findings,
 * `finishTarget` reports the comments that suppressed nothing and forgets the target, and `finish`
 * returns the findings about the policy itself (and those about comments, in the order they were met).
 */
export class PolicyApplier {
  private readonly extra: Finding[] = [];
  private readonly emit: Emit;
  private readonly settings: NonNullable<ResolvedPolicy['suppressions']>;
  private readonly customIds: string[];
  private readonly rules = [...RULES_BY_ID.values()];
  private readonly byFile = new Map<string, ActiveDirective[]>();
  private readonly indexByFile = new Map<string, DirectiveIndex>();
  private readonly activeExceptions: { ex: ResolvedException; matches: (f: string) => boolean }[] = [];
  /** Findings about exceptions, after those about the comments of the targets added before them. */
  private readonly exceptionFindings: Finding[] = [];

  constructor(
    private readonly policy: ResolvedPolicy,
    now: Date = new Date(),
  ) {
    this.emit = policyEmitter(policy, this.extra);
    this.settings = policy.suppressions ?? DEFAULT_SUPPRESSIONS;
    this.customIds = (policy.customRules ?? []).map((c) => c.id);
    // Exceptions: active ones suppress; expired and expiring ones are reported.
    const emit = policyEmitter(policy, this.exceptionFindings);
    const warnDays = policy.warnBeforeDays ?? DEFAULT_WARN_BEFORE_DAYS;
    for (const ex of policy.exceptions ?? []) {
      const left = daysLeft(ex.expires, now);
      const what = `the exception for ${ruleList(ex.rules)}${ex.files ? ` in ${ex.files.join(', ')}` : ''} ("${ex.reason}")`;
      if (left < 0) {
        emit(
          'policy/exception-expired',
          ex.at.file,
          ex.at,
          `${what} expired on ${ex.expires}, ${-left} day${left === -1 ? '' : 's'} ago, so it no longer applies and the findings it covered are reported again; fix them, or renew it with a later expires and a current reason${ex.ticket ? ` (${ex.ticket})` : ''}`,
        );
        continue;
      }
      if (left <= warnDays) {
        emit(
          'policy/exception-expiring',
          ex.at.file,
          ex.at,
          `${what} expires on ${ex.expires}, ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`}; after that its findings count again, so fix them now or renew it with a reason${ex.ticket ? ` (${ex.ticket})` : ''}`,
        );
      }
      const m = globMatcher(ex.files);
      this.activeExceptions.push({ ex, matches: m ?? (() => true) });
    }
  }

  /**
   * Reads a target's inline suppressions (and reports the malformed, locked and unexplained ones).
   * Whether findings about the target's comments may come (now or from `finish`): the caller then keeps
   * what it needs to fingerprint them.
   */
  addTarget(target: LoadedTarget, parsed?: ReturnType<typeof directivesOf>): boolean {
    return this.addComments(target.file, parsed ?? directivesOf(target));
  }

  /** `addTarget` with the comments read already (`directivesOf`, on a worker thread). */
  addComments(file: string, parsed: ReturnType<typeof directivesOf>): boolean {
    const target = { file };
    const { policy, emit, settings, rules, customIds } = this;
    if (!settings.inline) return false;
    const reportedBefore = this.extra.length;
    const { directives, malformed } = parsed;
    for (const m of malformed) emit('policy/invalid-suppression', target.file, m.range, m.message);
    const active: ActiveDirective[] = [];
    for (const d of directives) {
      if (d.invalid) {
        emit(
          'policy/invalid-suppression',
          target.file,
          d.range,
          `${syntaxLabel(d)}${d.tokens.join(',')}: ${d.invalid}`,
        );
        continue;
      }
      const resolved = new Map<string, string[]>();
      const lockedHere: string[] = [];
      for (const token of d.tokens) {
        const ids = resolveToken(token, d.syntax, rules, customIds);
        if (ids.length === 0) {
          // hadolint and BuildKit name checks layerguard does not have: nothing to do.
          if (d.syntax === 'layerguard') {
            const guess = closest(token, [...RULES_BY_ID.keys(), ...customIds]);
            emit(
              'policy/invalid-suppression',
              target.file,
              d.range,
              `"${token}" is not a rule id or alias${guess ? ` (did you mean "${guess}"?)` : ''}, so this comment suppresses nothing for it; \`layerguard rules\` lists the rule ids`,
            );
          }
          continue;
        }
        const unlocked = ids.filter((id) => !policy.locked?.[id]);
        lockedHere.push(...ids.filter((id) => policy.locked?.[id]));
        if (unlocked.length > 0) resolved.set(token, unlocked);
      }
      if (lockedHere.length > 0) {
        const sources = [...new Set(lockedHere.map((id) => policy.locked![id].source))].join(', ');
        emit(
          'policy/locked-suppression',
          target.file,
          d.range,
          `${ruleList(lockedHere)} ${lockedHere.length === 1 ? 'is' : 'are'} locked by ${sources}, so this comment cannot suppress ${lockedHere.length === 1 ? 'it' : 'them'} and the findings stay; fix them, or ask the owners of that policy for an exception`,
        );
      }
      // Only comments that suppress something here need a reason (a hadolint code with no rule is inert).
      if (settings.requireReason && d.syntax !== 'buildkit' && !d.reason && resolved.size > 0) {
        emit(
          'policy/suppression-without-reason',
          target.file,
          d.range,
          `this suppression gives no reason, so the next reader cannot tell whether it still holds; add one after " -- ", e.g. ${syntaxLabel(d)}${d.tokens.join(',')} -- <why this is acceptable>`,
        );
      }
      active.push({ ...d, resolved, used: new Set() });
    }
    if (active.length > 0) {
      this.byFile.set(target.file, active);
      this.indexByFile.set(target.file, indexDirectives(active));
    }
    return active.length > 0 || this.extra.length > reportedBefore;
  }

  /** The finding, marked `suppressed` when an inline comment of its (added) target or an exception covers it. */
  suppress(f: Finding): Finding {
    if (f.suppressed) return f;
    let suppressed: Finding['suppressed'];
    const directives = this.indexByFile.get(f.file)?.at(f.line);
    if (directives) {
      const hits = directives
        .filter(
          (d) => covers(d, f.line) && [...d.resolved.values()].some((ids) => namesFinding(ids, f.ruleId)),
        )
        .sort((a, b) => SPECIFICITY[a.scope] - SPECIFICITY[b.scope]);
      for (const d of hits) {
        for (const [token, ids] of d.resolved) if (namesFinding(ids, f.ruleId)) d.used.add(token);
      }
      if (hits.length > 0) {
        const d = hits[0];
        suppressed = {
          kind: 'inline',
          reason: d.reason ?? `${syntaxLabel(d)}${d.tokens.join(',')} (no reason given)`,
          source: `${f.file}:${d.range.line}`,
        };
      }
    }
    if (!suppressed && this.activeExceptions.length > 0) {
      const file = normaliseFile(f.file);
      const hit = this.activeExceptions.find(
        ({ ex, matches }) => namesFinding(ex.rules, f.ruleId) && matches(file),
      );
      if (hit) {
        suppressed = {
          kind: 'exception',
          reason: `${hit.ex.reason}${hit.ex.ticket ? ` (${hit.ex.ticket})` : ''}; until ${hit.ex.expires}`,
          source: hit.ex.source,
        };
      }
    }
    return suppressed ? { ...f, suppressed } : f;
  }

  /** Reports the target's comments that suppressed nothing, then forgets them. */
  finishTarget(file: string): void {
    const directives = this.byFile.get(file);
    this.byFile.delete(file);
    this.indexByFile.delete(file);
    if (!directives || !this.settings.reportUnused) return;
    this.unused.push(
      ...directives.flatMap((d) => {
        const unused = [...d.resolved.keys()].filter((t) => !d.used.has(t));
        if (unused.length === 0) return [];
        return [{ file, d, unused }];
      }),
    );
  }

  private readonly unused: { file: string; d: ActiveDirective; unused: string[] }[] = [];

  /** Every finding about the policy and the comments, once all targets are finished. */
  finish(): Finding[] {
    const unusedFindings: Finding[] = [];
    const emit = policyEmitter(this.policy, unusedFindings);
    for (const { file, d, unused } of this.unused) {
      emit(
        'policy/unused-suppression',
        file,
        d.range,
        `${ruleList(unused)} ${unused.length === 1 ? 'reports' : 'report'} nothing on ${describeScope(d)}, so this suppression silences nothing and would hide a future finding; remove ${unused.length === d.tokens.length ? 'the comment' : unused.join(', ') + ' from it'}`,
      );
    }
    this.unused.length = 0;
    return [...this.extra, ...this.exceptionFindings, ...unusedFindings, ...(this.policy.findings ?? [])];
  }
}

/** Directives looked up by line: one finding is compared with the few that can cover its line. */
interface DirectiveIndex {
  at(line: number): ActiveDirective[];
}

/** Spans longer than this (stage and file scopes) are checked for every finding; shorter ones by line. */
const INDEXED_SPAN = 64;

function indexDirectives(active: ActiveDirective[]): DirectiveIndex {
  const wide: ActiveDirective[] = [];
  const byLine = new Map<number, ActiveDirective[]>();
  for (const d of active) {
    if (!d.lines || d.lines.to - d.lines.from > INDEXED_SPAN) {
      wide.push(d);
      continue;
    }
    for (let line = d.lines.from; line <= d.lines.to; line++) {
      const list = byLine.get(line);
      if (list) list.push(d);
      else byLine.set(line, [d]);
    }
  }
  return { at: (line) => (byLine.has(line) ? [...wide, ...byLine.get(line)!] : wide) };
}
