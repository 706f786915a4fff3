/**
 * Real git repositories for the tests of the base-revision comparison (issue 13): `git` with a fixed
 * identity and no system or user configuration, and a policy whose findings are known.
 */
import { execFileSync } from 'node:child_process';
import { RULES } from '../../src/rules/index.js';

/** Runs git in `cwd` (HOME there too, so no user configuration applies); returns its trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

/** A policy text with every rule off but the ones given (rule id -> severity). */
export function onlyRulesPolicy(active: Record<string, string>, extra = ''): string {
  return (
    ['extends: []', 'failOn: error', 'rules:']
      .concat(RULES.map((r) => `  ${r.id}: ${active[r.id] ?? 'off'}`))
      .join('\n') +
    '\n' +
    extra
  );
}
