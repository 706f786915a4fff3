import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/denied-base-images';
const images = [
  { pattern: 'centos', reason: 'CentOS Linux is end-of-life; use Rocky Linux or AlmaLinux' },
  { pattern: 'node:14*', reason: 'Node.js 14 is end-of-life' },
  { pattern: 'ghcr.io/legacy/*' },
];

describe(ID, () => {
  it('reports denied bases and quotes the reason', () => {
    const text = dedent(`
      FROM centos:7 AS old
      FROM node:14-alpine AS build
      FROM ghcr.io/legacy/base:2
    `);
    const found = lint(ID, text, { images });
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [1, 6, 14],
      [2, 6, 20],
      [3, 6, 27],
    ]);
    expect(found[0].message).toContain('"CentOS Linux is end-of-life; use Rocky Linux or AlmaLinux"');
    expect(found[1].message).toContain('Node.js 14 is end-of-life');
    expect(found[2].message).toContain('ghcr.io/legacy/*');
  });

  it('accepts other images, stage references and an empty list', () => {
    const text = dedent(`
      FROM node:20-alpine AS build
      FROM build
      FROM rockylinux:9
    `);
    expect(lint(ID, text, { images })).toEqual([]);
    expect(lint(ID, 'FROM centos:7\n')).toEqual([]);
  });

  it('follows ARG defaults and skips unresolvable images', () => {
    expect(lint(ID, 'ARG NODE=14.21\nFROM node:${NODE}\n', { images })).toHaveLength(1);
    expect(lint(ID, 'ARG NODE\nFROM node:${NODE}\n', { images })).toEqual([]);
  });

  it('accepts plain string patterns and ignores malformed entries', () => {
    const found = lint(ID, 'FROM centos:8\n', { images: ['centos', { reason: 'no pattern' }, null] });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('pattern centos');
  });
});
