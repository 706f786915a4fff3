import { applyEdits } from '../../helpers/fix.js';
import type { TextEdit } from '../../../src/engine/types.js';
import { dedent, dockerfile, lint } from '../../helpers/rule-tester.js';
import {
  actionsOf,
  installedPackages,
  isIndexUpdate,
  isInstall,
  packageManagerOf,
} from '../../../src/knowledge/package-managers/commands.js';
import { dependencyStep, isManifestSource } from '../../../src/knowledge/package-managers/manifests.js';
import { findCommands, hasOption, optionValue } from '../../../src/knowledge/invocations.js';

const ID = 'dockerfile/update-without-install';

const applyFix = (text: string, edit: TextEdit): string => applyEdits(text, [edit]);

describe(ID, () => {
  it('reports apt-get update alone in its RUN, on the command, with a fix joining the next install', () => {
    const text = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 5, endColumn: 19 });
    expect(applyFix(text, found[0].fix!.edits[0])).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    );
  });

  it('reports other index updates: apk, dnf/yum makecache, zypper refresh, pacman -Sy', () => {
    expect(lint(ID, 'FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n')).toHaveLength(1);
    expect(lint(ID, 'FROM fedora:40\nRUN dnf makecache\n')).toHaveLength(1);
    expect(lint(ID, 'FROM centos:7\nRUN yum -q makecache && echo ok\n')).toHaveLength(1);
    expect(lint(ID, 'FROM opensuse/leap:15\nRUN zypper --non-interactive refresh\n')).toHaveLength(1);
    expect(lint(ID, 'FROM archlinux:base\nRUN pacman -Sy\n')).toHaveLength(1);
  });

  it('accepts updates followed by an install or upgrade in the same RUN', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      RUN apt-get update \\
       && apt-get -y upgrade
      RUN sudo apt update && sudo apt install -y git
      RUN apk add --update curl
      RUN pacman -Syu --noconfirm
      RUN yum makecache && dnf install -y make
      RUN apt-get update && xx-apt-get install -y --no-install-recommends binutils
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not count an install of another family', () => {
    const found = lint(ID, 'FROM debian:12\nRUN apt-get update && pip install flask\n');
    expect(found).toHaveLength(1);
  });

  it('reads heredoc scripts', () => {
    const bad = dedent(`
      FROM debian:12
      RUN <<EOF
      set -e
      apt-get update
      EOF
    `);
    const found = lint(ID, bad);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, column: 1, endColumn: 15 });
    expect(found[0].fix).toBeUndefined();
    const good = dedent(`
      FROM debian:12
      RUN <<EOF
      apt-get update
      apt-get install -y curl
      EOF
    `);
    expect(lint(ID, good)).toEqual([]);
  });

  it('stays quiet when a helper script may do the install', () => {
    expect(lint(ID, 'FROM debian:12\nRUN apt-get update && ./install-deps.sh\n')).toEqual([]);
    expect(lint(ID, 'FROM bitnami/minideb:bookworm\nRUN apt-get update && install_packages curl\n')).toEqual(
      [],
    );
  });

  it('accepts an index kept in a cache mount', () => {
    const text = 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update\n';
    expect(lint(ID, text)).toEqual([]);
  });

  it('offers no fix when the next RUN does not install', () => {
    const found = lint(ID, 'FROM debian:12\nRUN apt-get update\nRUN echo hi\n');
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  it('checks exec-form RUN and ONBUILD triggers', () => {
    expect(lint(ID, 'FROM debian:12\nRUN ["apt-get", "update"]\n')).toHaveLength(1);
    expect(lint(ID, 'FROM debian:12\nONBUILD RUN apt-get update\n')).toHaveLength(1);
  });
});

// The package-manager helpers this rule is built on (src/knowledge/invocations.ts and support/package-managers/), shared with other rules.
describe('packages helpers', () => {
  const inst = (run: string) => dockerfile(`FROM debian:12\nRUN ${run}\n`).stages[0].instructions[0];

  it('finds commands through wrappers', () => {
    const found = findCommands(
      inst(
        'sudo -E env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -o Dpkg::Options::=--force-confnew -y install curl',
      ),
      'apt-get',
    );
    expect(found).toHaveLength(1);
    expect(found[0].args[0]).toBe('-o');
    expect(findCommands(inst('python3 -m pip install -r req.txt'), 'pip')).toHaveLength(1);
    expect(findCommands(inst('command -v apt-get'), 'apt-get')).toHaveLength(0);
    expect(findCommands(inst('xargs -r apt-get install -y < pkgs'), ['apt-get', 'apk'])).toHaveLength(1);
  });

  it('finds programs by name in script order, from one index a script, into lists the caller owns', () => {
    const run = inst(
      'curl -o a x && wget -q b && apt-get update && (cd /x && curl y) | sudo wget z; apt-get install -y c',
    );
    const every = findCommands(run);
    expect(every.map((i) => i.name)).toEqual(['curl', 'wget', 'apt-get', 'cd', 'curl', 'wget', 'apt-get']);
    for (const names of [['wget', 'curl'], ['curl'], ['apt-get', 'wget', 'curl', 'apk'], ['apk'], []]) {
      const found = findCommands(run, names);
      expect(found).toEqual(every.filter((i) => names.includes(i.name)));
      expect(findCommands(run, names.length === 1 ? names[0] : names)).toEqual(found);
    }
    expect(findCommands(run, (i) => i.args.length === 1)).toEqual(every.filter((i) => i.args.length === 1));
    // Emptying a returned list leaves the next answer whole.
    findCommands(run, 'curl').length = 0;
    findCommands(run).length = 0;
    findCommands(run, ['curl', 'wget']).length = 0;
    expect(findCommands(run, 'curl')).toHaveLength(2);
    expect(findCommands(run)).toHaveLength(7);
    expect(findCommands(run, ['curl', 'wget'])).toHaveLength(4);
  });

  it('classifies actions and packages', () => {
    const one = (run: string) => findCommands(inst(run))[0];
    expect([...actionsOf(one('apk add --update --virtual .deps gcc'))].sort()).toEqual([
      'install',
      'update-index',
    ]);
    expect(
      installedPackages(one('apk add --no-cache --virtual .deps gcc musl-dev')).map((w) => w.value),
    ).toEqual(['gcc', 'musl-dev']);
    expect([...actionsOf(one('pacman -Syu --noconfirm vim'))].sort()).toEqual([
      'install',
      'update-index',
      'upgrade',
    ]);
    expect([...actionsOf(one('yum -y update'))]).toEqual(['upgrade']);
    expect([...actionsOf(one('dnf -y group install "Development Tools"'))]).toEqual(['install']);
    expect([...actionsOf(one('yarn --frozen-lockfile'))]).toEqual(['install']);
    expect(isInstall(one('npm ci'))).toBe(true);
    expect(isIndexUpdate(one('zypper --non-interactive ref'))).toBe(true);
    expect(isInstall(one('echo apt-get install'))).toBe(false);
    expect(packageManagerOf(one('pip3.12 install x'))?.id).toBe('pip');
    expect(packageManagerOf(one('./gradlew build'))?.family).toBe('gradle');
  });

  it('reads options', () => {
    const inv = findCommands(
      inst('apt-get -qy install --no-install-recommends -t bookworm-backports curl'),
    )[0];
    expect(hasOption(inv, '-y', '--yes')).toBe(true);
    expect(hasOption(inv, '--no-install-recommends')).toBe(true);
    expect(hasOption(inv, '--purge')).toBe(false);
    expect(optionValue(inv, '-t', '--target-release')?.value).toBe('bookworm-backports');
    expect(installedPackages(inv).map((w) => w.value)).toEqual(['curl']);
  });

  it('describes dependency steps and manifest copies', () => {
    const step = (run: string) => dependencyStep(findCommands(inst(run))[0]);
    expect(step('npm ci')?.manifests).toEqual(['package.json', 'package-lock.json']);
    expect(step('npm install -g pnpm')).toBeNull();
    expect(step('pip install -r requirements.txt -c constraints.txt')?.manifests).toEqual([
      'requirements.txt',
      'constraints.txt',
    ]);
    expect(step('pip install flask')).toBeNull();
    expect(step('go build ./...')?.implicit).toBe(true);
    expect(step('dotnet publish --no-restore')).toBeNull();
    expect(isManifestSource('package*.json')).toBe(true);
    expect(isManifestSource('src/*.csproj')).toBe(true);
    expect(isManifestSource('*')).toBe(false);
    expect(isManifestSource('src/')).toBe(false);
  });

  it('does not take every command containing "pkg" or "install" for a hidden installer', () => {
    // A local apt repository: dpkg-scanpackages indexes .deb files, coreutils install copies a file.
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && dpkg-scanpackages . /dev/null > Packages && install -m 644 Packages /srv/repo/
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2]);
    // A real installer helper may install with the index: not reported.
    expect(lint(ID, 'FROM debian:12\nRUN apt-get update && install-packages curl\n')).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nRUN apt-get update && add-pkg curl\n')).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nRUN apt-get update && ./setup.sh\n')).toEqual([]);
  });
});
