import { defineRule } from '../define.js';
import type { DockerfileModel, ShellWord } from '../../targets/dockerfile/model.js';
import { findCommands, optionWord, rangeOfWords } from '../../knowledge/invocations.js';
import type { Invocation } from '../../knowledge/invocations.js';
import { instructionsOf } from '../../knowledge/instructions.js';

const APT = new Set(['apt-get', 'apt', 'aptitude']);
const RPM_MANAGERS = new Set(['dnf', 'dnf5', 'yum', 'microdnf', 'tdnf', 'rpm']);
/** An APT source line's options with `trusted=yes` among them: `[trusted=yes]`, `[arch=amd64 trusted=yes]`. */
const TRUSTED_SOURCE = /\[(?:[^\]]*\s)?trusted=yes(?:\s[^\]]*)?\]/;

interface Hit {
  word: ShellWord;
  what: string;
  instead: string;
}

function hits(inv: Invocation): Hit[] {
  const name = inv.name;
  const out: Hit[] = [];
  const add = (w: ShellWord | undefined, what: string, instead: string) => {
    if (w) out.push({ word: w, what, instead });
  };
  // The words after the program are read in place (`words[i]`, i >= 1): every command of every RUN
  // comes here, and most are none of the programs below.
  const words = inv.words;
  if (name === 'apk') {
    add(
      optionWord(inv, ['--allow-untrusted']),
      'apk --allow-untrusted installs packages whose signature is missing or unknown',
      'add the signing key to /etc/apk/keys',
    );
  } else if (APT.has(name)) {
    for (const opt of ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories']) {
      add(
        optionWord(inv, [opt]),
        `${name} ${opt} installs packages whose signature cannot be verified`,
        'add the repository key (signed-by=) instead',
      );
    }
    for (let i = 1; i < words.length; i++) {
      const a = words[i].value;
      // `-o Name=value` or `-oName=value`
      const w = a === '-o' ? words[i + 1] : a.startsWith('-o') ? words[i] : undefined;
      const v = w ? w.value.replace(/^-o/, '') : '';
      if (
        w &&
        /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=(?:true|1|yes)$/i.test(v)
      ) {
        add(
          w,
          `${name} -o ${v} accepts unsigned packages or repositories`,
          'add the repository key (signed-by=) instead',
        );
      }
    }
  } else if (RPM_MANAGERS.has(name)) {
    add(
      optionWord(inv, ['--nogpgcheck']),
      `${name} --nogpgcheck installs packages without checking their GPG signature`,
      'import the repository key (rpm --import) instead',
    );
    if (name === 'rpm') {
      for (const opt of ['--nosignature', '--nodigest', '--noverify', '--nofiledigest']) {
        add(
          optionWord(inv, [opt]),
          `rpm ${opt} skips the package's signature or digest checks`,
          'import the signing key (rpm --import) instead',
        );
      }
    }
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (/^--setopt=["']?(?:[^=\s]+\.)?(?:repo_)?gpgcheck["']?=["']?(?:0|false|no)["']?$/i.test(w.value)) {
        add(
          w,
          `${name} ${w.value} turns signature checks off`,
          'import the repository key (rpm --import) instead',
        );
      }
    }
  } else if (name === 'zypper') {
    add(
      optionWord(inv, ['--no-gpg-checks']),
      'zypper --no-gpg-checks installs packages without checking their signatures',
      'import the repository key (rpm --import) instead',
    );
  }
  // `echo "deb [trusted=yes] http://…" > /etc/apt/sources.list.d/x.list`: any command's words, one pass
  // (the substring first, the pattern only where it is).
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.value.includes('trusted=yes') && TRUSTED_SOURCE.test(w.value)) {
      add(
        w,
        'an APT source marked [trusted=yes] is used without any signature check',
        'give it the repository key with [signed-by=/path/key.gpg]',
      );
    }
  }
  return out;
}

export default defineRule({
  id: 'dockerfile/package-signature-disabled',
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  severity: 'error',
  summary: 'A package manager is told to install packages without checking their signatures',
  securitySeverity: 7.5,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'RUN')) {
      for (const inv of findCommands(inst)) {
        for (const h of hits(inv)) {
          report({
            range: rangeOfWords(model, h.word),
            message:
              `${h.what}. Signatures are what tell a genuine package from one swapped in by a compromised mirror ` +
              `or proxy; remove the option and ${h.instead}.`,
          });
        }
      }
    }
  },
});
