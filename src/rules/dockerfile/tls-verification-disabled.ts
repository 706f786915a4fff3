import { defineRule } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { DfInstruction, DockerfileModel, ShellWord } from '../../targets/dockerfile/model.js';
import { findCommands, optionWord, rangeOfWords } from '../../knowledge/invocations.js';
import type { Invocation } from '../../knowledge/invocations.js';
import { unquote } from '../../knowledge/text.js';
import { instructionsOf } from '../../knowledge/instructions.js';

/** Environment variables that turn certificate checks off, and the values that do it. */
const ENV_SWITCHES: { name: RegExp; off: (v: string) => boolean; what: string; instead: string }[] = [
  {
    name: /^PYTHONHTTPSVERIFY$/,
    off: (v) => v === '0',
    what: "Python's HTTPS client stops verifying certificates",
    instead:
      'install the CA certificate (update-ca-certificates) or point SSL_CERT_FILE/REQUESTS_CA_BUNDLE at it',
  },
  {
    name: /^NODE_TLS_REJECT_UNAUTHORIZED$/,
    off: (v) => v === '0',
    what: 'Node.js accepts any TLS certificate',
    instead: 'give Node.js the CA with NODE_EXTRA_CA_CERTS=/path/ca.pem',
  },
  {
    name: /^npm_config_strict_ssl$/i,
    off: (v) => v.toLowerCase() === 'false',
    what: 'npm accepts any registry certificate',
    instead: 'set npm_config_cafile (or NODE_EXTRA_CA_CERTS) to the CA instead',
  },
  {
    name: /^GIT_SSL_NO_VERIFY$/,
    off: (v) => v !== '',
    what: 'git skips certificate checks (any value disables them)',
    instead: 'install the CA certificate, or set GIT_SSL_CAINFO to it',
  },
  {
    name: /^PIP_TRUSTED_HOST$/,
    off: (v) => v !== '',
    what: 'pip trusts these hosts without a valid certificate',
    instead: 'give pip the CA with PIP_CERT=/path/ca.pem',
  },
  {
    name: /^GOINSECURE$/,
    off: (v) => v !== '',
    what: 'the go command fetches these modules without certificate checks (and over plain HTTP)',
    instead: 'install the CA certificate, or serve the modules over valid HTTPS',
  },
];

/**
 * Any switch's name, case aside: a name is tested against this one pattern, and against each switch only
 * when it is one of them (most names of a file's ENVs and assignments are none).
 */
const ANY_SWITCH_NAME = new RegExp(
  `^(?:${ENV_SWITCHES.map((s) => s.name.source.replace(/^\^|\$$/g, '')).join('|')})$`,
  'i',
);

/** The switch this variable name is, if any. */
function switchNamed(name: string): (typeof ENV_SWITCHES)[number] | undefined {
  return ANY_SWITCH_NAME.test(name) ? ENV_SWITCHES.find((s) => s.name.test(name)) : undefined;
}

interface Hit {
  range: Range;
  what: string;
  instead: string;
}

/** `NAME=value` words (assignments, `export`, `env` arguments) that turn a check off. */
function envWordHit(model: DockerfileModel, w: ShellWord): Hit | undefined {
  // `NAME=value`: every switch's name is a plain variable name, so the name is what comes before `=`.
  const eq = w.value.indexOf('=');
  if (eq <= 0) return undefined;
  const name = w.value.slice(0, eq);
  const value = w.value.slice(eq + 1);
  const sw = switchNamed(name);
  if (!sw || !sw.off(unquote(value))) return undefined;
  return { range: rangeOfWords(model, w), what: `${name}=${value}: ${sw.what}`, instead: sw.instead };
}

const STRICT_SSL = /^(?:strict-ssl|enableStrictSsl)$/;

/** What a command does to certificate checks, if it turns them off. */
function commandHits(model: DockerfileModel, inv: Invocation): Hit[] {
  const out: Hit[] = [];
  const word = (w: ShellWord | undefined, what: string, instead: string) => {
    if (w) out.push({ range: rangeOfWords(model, w), what, instead });
  };
  const name = inv.name;
  // The words after the program, `vals` as written: `arg(i)` is the word of `vals[i]`. Not copied
  // from `inv.words` up front, as most commands are none of the programs below.
  const arg = (i: number): ShellWord | undefined => (i >= 0 ? inv.words[i + 1] : undefined);
  const vals = inv.args;
  if (name === 'curl') {
    const w = optionWord(inv, ['-k', '--insecure', '--proxy-insecure']);
    word(
      w,
      `curl ${w?.value} accepts any server certificate`,
      'install the CA certificate or pass it with --cacert',
    );
  } else if (name === 'wget') {
    word(
      optionWord(inv, ['--no-check-certificate']),
      'wget --no-check-certificate accepts any server certificate',
      'install the CA certificate or pass it with --ca-certificate',
    );
  } else if (name === 'pip' || /^pip\d/.test(name)) {
    word(
      optionWord(inv, ['--trusted-host']),
      `${name} --trusted-host accepts that host without a valid certificate`,
      'pass the CA with --cert /path/ca.pem',
    );
    const i = vals.findIndex((v) => /(?:^|\.)trusted-host$/.test(v));
    if (vals[0] === 'config' && vals.includes('set') && i >= 0) {
      word(
        arg(i),
        `${name} config sets trusted-host, so pip accepts that host without a valid certificate`,
        'configure cert= with the CA instead',
      );
    }
  } else if (name === 'npm' || name === 'yarn' || name === 'pnpm') {
    const flag = inv.words.find(
      (w, k) => k > 0 && (/^--strict-ssl=false$/i.test(w.value) || w.value === '--no-strict-ssl'),
    );
    word(
      flag,
      `${name} ${flag?.value} accepts any registry certificate`,
      'configure cafile with the CA instead',
    );
    const i = vals.findIndex((v) => STRICT_SSL.test(v.split('=')[0]));
    if (i >= 0 && (vals.includes('set') || vals.includes('config') || vals.includes('c'))) {
      const value = vals[i].includes('=') ? vals[i].split('=')[1] : vals[i + 1];
      if (value !== undefined && unquote(value).toLowerCase() === 'false') {
        word(
          arg(i),
          `${name} config sets ${vals[i].split('=')[0]} to false, so every later install accepts any certificate`,
          'configure cafile with the CA instead',
        );
      }
    }
  } else if (name === 'git') {
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      const key = (v.includes('=') ? v.slice(0, v.indexOf('=')) : v).toLowerCase();
      if (!/^http\.(?:.+\.)?sslverify$/.test(key)) continue;
      const value = v.includes('=') ? v.slice(v.indexOf('=') + 1) : vals[i + 1];
      if (value !== undefined && /^(?:false|0|no|off)$/i.test(unquote(value))) {
        word(
          arg(i),
          `git ${v.includes('=') ? v : `${v} ${value}`} turns certificate checks off`,
          'install the CA certificate, or set http.sslCAInfo to it',
        );
      }
    }
  } else if (
    name === 'yum-config-manager' ||
    ((name === 'dnf' || name === 'yum' || name === 'microdnf') && vals.length > 0)
  ) {
    for (const w of inv.words.slice(1)) {
      const m = /^--setopt=["']?(?:[^=\s]+\.)?sslverify["']?=["']?(0|false|no)["']?$/i.exec(w.value);
      if (m)
        word(
          w,
          `${name} ${w.value} turns certificate checks off for the repositories`,
          'install the repository CA (sslcacert=) instead',
        );
    }
  } else if (name === 'conda') {
    const i = vals.indexOf('ssl_verify');
    if (vals.includes('--set') && i >= 0 && /^(?:false|no|0)$/i.test(vals[i + 1] ?? '')) {
      word(
        arg(i),
        'conda config --set ssl_verify false accepts any certificate',
        'set ssl_verify to the CA bundle path instead',
      );
    }
  } else if (name === 'composer') {
    const i = vals.findIndex((v) => v === 'disable-tls' || v === 'secure-http');
    const value = vals[i + 1];
    if (
      vals[0] === 'config' &&
      i >= 0 &&
      ((vals[i] === 'disable-tls' && value === 'true') || (vals[i] === 'secure-http' && value === 'false'))
    ) {
      word(
        arg(i),
        `composer config ${vals[i]} ${value} lets composer download without TLS verification`,
        'keep TLS on and configure cafile',
      );
    }
  } else if (name === 'go' && (vals[0] === 'get' || vals[0] === 'install')) {
    word(
      optionWord(inv, ['-insecure']),
      'go get -insecure fetches without certificate checks',
      'install the CA certificate instead',
    );
  }
  return out;
}

function runHits(model: DockerfileModel, inst: DfInstruction): Hit[] {
  const out: Hit[] = [];
  if (!inst.script) return out;
  for (const cmd of inst.script.commands) {
    for (const a of cmd.assignments) {
      const h = envWordHit(model, a);
      if (h) out.push(h);
    }
    if (cmd.name === 'export' || cmd.name === 'env') {
      for (const w of cmd.words.slice(1)) {
        const h = envWordHit(model, w);
        if (h) out.push(h);
      }
    }
  }
  for (const inv of findCommands(inst)) out.push(...commandHits(model, inv));
  return out;
}

export default defineRule({
  id: 'dockerfile/tls-verification-disabled',
  aliases: [
    'CKV2_DOCKER_2',
    'CKV2_DOCKER_3',
    'CKV2_DOCKER_4',
    'CKV2_DOCKER_5',
    'CKV2_DOCKER_6',
    'CKV2_DOCKER_12',
    'CKV2_DOCKER_13',
    'CKV2_DOCKER_14',
    'CKV2_DOCKER_15',
    'CKV2_DOCKER_16',
    'CKV2_DOCKER_18',
  ],
  severity: 'error',
  summary: 'A download or package tool is told to skip TLS certificate verification',
  securitySeverity: 7.5,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'ENV', 'ARG', 'RUN')) {
      const hits: Hit[] = [];
      if (inst.keyword === 'ENV' || inst.keyword === 'ARG') {
        for (const p of inst.properties) {
          const sw = switchNamed(p.name);
          if (!sw || p.value === undefined || !sw.off(p.value)) continue;
          hits.push({
            range: p.range,
            what: `${inst.keyword} ${p.name}=${p.value}: ${sw.what}`,
            instead: sw.instead,
          });
        }
      } else if (inst.keyword === 'RUN') hits.push(...runHits(model, inst));
      for (const h of hits) {
        report({
          range: h.range,
          message:
            `${h.what}. Without certificate checks anyone on the network path (proxy, mirror, DNS) can swap ` +
            `what the build downloads for their own code. Remove it and ${h.instead}.`,
        });
      }
    }
  },
});
