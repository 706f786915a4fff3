import { lint } from '../../helpers/rule-tester.js';
import { lintRuntime } from '../../runtime/helpers.js';
import { EOL_FAMILIES } from '../../../src/knowledge/end-of-life.js';

const ID = 'dockerfile/base-image-eol';
const TODAY = { today: '2025-01-15', warnDays: 90 };

describe(ID, () => {
  it('reports releases past their end of life, with the date and the source', () => {
    const out = lint(
      ID,
      'FROM python:3.8-slim\nFROM node:16-alpine\nFROM debian:buster-slim\nFROM ubuntu:18.04\n',
      TODAY,
    );
    expect(out.map((f) => [f.line, f.severity])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, undefined],
      [4, undefined],
    ]);
    expect(out[0].message).toBe(
      'FROM python:3.8-slim is end-of-life: Python 3.8 has had no security fixes since 2024-10-07 ' +
        '(https://devguide.python.org/versions/). Move to a supported release.',
    );
  });

  it('warns (info) within warnDays, and says nothing earlier or for supported releases', () => {
    // Node.js 18 ends 2025-04-30: 105 days after 2025-01-15.
    expect(lint(ID, 'FROM node:18\n', TODAY)).toEqual([]);
    const soon = lint(ID, 'FROM node:18\n', { ...TODAY, warnDays: 120 });
    expect(soon.map((f) => f.severity)).toEqual(['info']);
    expect(soon[0].message).toContain('reaches end of life in 105 days');
    expect(lint(ID, 'FROM python:3.12\nFROM node:22-bookworm\nFROM alpine:3.21\n', TODAY)).toEqual([]);
  });

  it('reads the release from the tag precisely: 3.1 is not 3.10, and the OS from a suffix', () => {
    expect(lint(ID, 'FROM python:3.10-slim\n', TODAY)).toEqual([]);
    const suffixed = lint(ID, 'FROM python:3.12-slim-buster\nFROM node:22-alpine3.16\n', TODAY);
    expect(
      suffixed.map((f) => f.message.split(':')[0] + ': ' + f.message.split(': ')[1].split(' has')[0]),
    ).toEqual(['FROM python: Debian (including LTS) buster', 'FROM node: Alpine Linux 3.16']);
    // Unofficial images and other registries are not judged by the official images' dates.
    expect(lint(ID, 'FROM ghcr.io/acme/python:3.6\nFROM bitnami/node:14\n', TODAY)).toEqual([]);
    // Untagged CentOS is CentOS Linux, end-of-life altogether.
    expect(lint(ID, 'FROM centos\n', TODAY)).toHaveLength(1);
  });

  it('needs the date of the run (the engine fills it in); without it, nothing', () => {
    expect(lint(ID, 'FROM python:2.7\n', { today: null })).toEqual([]);
  });

  it('checks the images of run configuration the same way', () => {
    const f = lintRuntime(
      ID,
      'compose',
      'services:\n  db:\n    image: postgres:16\n  app:\n    image: python:3.7\n',
      TODAY,
    );
    expect(f.map((x) => [x.container, x.line])).toEqual([['app', 5]]);
    expect(f[0].message).toMatch(/^Service "app" runs python:3\.7, which is end-of-life: Python 3\.7/);
    const sh = lintRuntime(ID, 'sh', 'docker run --rm node:14 npm test\n', TODAY);
    expect(sh[0].message).toContain('Node.js 14 has had no security fixes since 2023-04-30');
  });

  it('every table entry is a valid date and names its source', () => {
    for (const family of EOL_FAMILIES) {
      expect(family.source).toMatch(/^https:\/\//);
      for (const date of Object.values(family.versions))
        expect(new Date(date).toISOString().slice(0, 10)).toBe(date);
    }
  });
});
