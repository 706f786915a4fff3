/**
 * Credential detection for variable names and values, shared by `dockerfile/secrets-in-arg-env`,
 * `dockerfile/secrets-in-instructions`, the image rules that read a built image's `Env`, and
 * `runtime/env-secrets` (environment variables of compose files, `docker run -e`, workflows, Kubernetes).
 *
 * Two kinds of evidence:
 * - the value has the shape of a known credential (`ghp_…`, `AKIA…`, a PEM private key, `xoxb-…`,
 *   `sk_live_…`, a URL with a password…): reported whatever the name;
 * - the name says it holds one. Names are split into words (`_`, `-`, `.`, camelCase) as BuildKit's
 *   SecretsUsedInArgOrEnv does, and a word such as `password`, `secret`, `token`, `key`, `auth`,
 *   `credentials` marks a credential, unless
 *   - a word after it says the variable only describes or locates the secret (`*_FILE`, `*_PATH`,
 *     `*_URL`, `*_DIR`, `*_ID`, `*_VERSION`, `PASSWORD_MIN_LENGTH`…): BuildKit's allow-list (`public`,
 *     `file`, `version`), extended with the other descriptors users report as false positives;
 *   - the name says the key is public (`PUBLIC_*`, `*_PUBLIC_KEY`, `GPG_KEY`, `APT_KEY`, `CACHE_KEY`…);
 *     `GPG_KEY` in the official images is the fingerprint of a release-signing public key;
 *   - `key` follows a word that marks a verification key (`GPG`, `SIGNING`, `RELEASE`: `SWIFT_SIGNING_KEY`),
 *     or its value is a list of OpenPGP fingerprints; `*_PULL_SECRET` names a Kubernetes Secret;
 *   - the value stores nothing secret: empty, a flag (`ALLOW_EMPTY_PASSWORD=no`, `SERVER_TOKENS=off`), a
 *     path (`SSL_KEY=/etc/ssl/private/app.key` locates the key), or an obvious placeholder (`changeme`,
 *     `xxxx`, `<token>`, `{}`); a reference (`ENV TOKEN=${TOKEN}`) is not a placeholder: it copies a
 *     build argument into the image;
 *   - the name alone is not conclusive (`AUTH`, `PASS`, a bare `KEY`) and the value is missing, a
 *     reference, a placeholder, or does not look random (at least 12 characters mixing letters and digits).
 *
 * `*_KEY_ID` (`GPG_KEY_ID`, `KMS_KEY_ID`) is an identifier, not a secret; `AWS_ACCESS_KEY_ID` is the
 * exception, a known credential name (BuildKit's and hadolint's first example). A credential word
 * glued to another (`microscannertoken`, `dbpassword`) counts as that word.
 */
import { memoByString } from './memo.js';

export interface SecretHit {
  reason: string;
}

/**
 * Credential shapes recognised in values, most specific first. Every pattern is anchored or bounded.
 * `needs`: a literal (as regular-expression source) that every match contains, beside its pattern so
 * that the two stay together: VALUE_PATTERN_LITERALS is made from them.
 */
const VALUE_PATTERNS: { needs: string; re: RegExp; what: string }[] = [
  {
    needs: '-----BEGIN ',
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    what: 'a PEM private key',
  },
  { needs: 'gh[pousr]_', re: /(?:^|[^A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{30,}/, what: 'a GitHub token' },
  {
    needs: 'github_pat_',
    re: /(?:^|[^A-Za-z0-9])github_pat_[A-Za-z0-9_]{30,}/,
    what: 'a GitHub fine-grained personal access token',
  },
  {
    needs: 'glpat-',
    re: /(?:^|[^A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}/,
    what: 'a GitLab personal access token',
  },
  {
    needs: 'A(?:KIA|SIA|GPA|IDA|ROA|NPA)',
    re: /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    what: 'an AWS access key ID',
  },
  { needs: 'xox[abposr]-', re: /(?:^|[^A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { needs: 'xapp-', re: /(?:^|[^A-Za-z0-9])xapp-\d-[A-Za-z0-9-]{10,}/, what: 'a Slack app token' },
  {
    needs: '[sr]k_(?:live|test)_',
    re: /(?:^|[^A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/,
    what: 'a Stripe secret key',
  },
  { needs: 'npm_', re: /(?:^|[^A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/, what: 'an npm access token' },
  { needs: 'pypi-', re: /(?:^|[^A-Za-z0-9])pypi-[A-Za-z0-9_-]{50,}/, what: 'a PyPI API token' },
  {
    needs: 'AIza',
    re: /(?:^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/,
    what: 'a Google API key',
  },
  {
    needs: 'sk-',
    re: /(?:^|[^A-Za-z0-9])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/,
    what: 'an OpenAI/Anthropic API key',
  },
  {
    needs: 'SG\\.',
    re: /(?:^|[^A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/,
    what: 'a SendGrid API key',
  },
  {
    needs: 'eyJ',
    re: /(?:^|[^A-Za-z0-9.])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
    what: 'a JSON Web Token',
  },
];

/**
 * Any of the literals VALUE_PATTERNS need: a value without one matches no pattern, and most values
 * (every long word of every RUN is asked about) are told so in one scan instead of one per pattern.
 */
const VALUE_PATTERN_LITERALS = new RegExp(VALUE_PATTERNS.map((p) => p.needs).join('|'));

/** Words that mark a credential by themselves. */
const STRONG_WORDS = new Set([
  'password',
  'passwd',
  'pword',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'apikey',
  'credential',
  'credentials',
  'privatekey',
  'secretkey',
  'accesskey',
  'authtoken',
  'accesstoken',
  'apitoken',
  'clientsecret',
  'sessionkey',
]);

/**
 * Names that hold credentials whatever the word rules say: the access-key id of AWS pairs with its
 * secret and is the first example of BuildKit's SecretsUsedInArgOrEnv page; hadolint's DL3064 lists it
 * among its known sensitive names.
 */
const KNOWN_SECRET_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN']);

/**
 * Credential words written glued to another word, as one word (`microscannertoken`, `dbpassword`,
 * `ROOTPASSWORD`): hadolint's DL3064 matches these as substrings; a suffix is enough and avoids
 * `tokenizer`-like false matches.
 */
const GLUED_SUFFIX = /^[a-z0-9]{2,}(password|passwd|secret|token)$/;

/** Words that mark a credential only with a real-looking value (`AUTH=basic`, `PASS=1` are settings). */
const WEAK_WORDS = new Set(['auth', 'pass', 'pwd', 'creds', 'key', 'keys']);

/** A word after the credential word that makes the variable describe or locate it. */
const DESCRIPTORS = new Set([
  'file',
  'files',
  'path',
  'paths',
  'url',
  'urls',
  'uri',
  'dir',
  'directory',
  'folder',
  'location',
  'loc',
  'version',
  'ver',
  'id',
  'ids',
  'name',
  'names',
  'alias',
  'arn',
  'ref',
  'len',
  'length',
  'min',
  'max',
  'size',
  'bits',
  'type',
  'types',
  'kind',
  'mode',
  'method',
  'algorithm',
  'algo',
  'alg',
  'format',
  'encoding',
  'ttl',
  'timeout',
  'expiry',
  'expires',
  'expiration',
  'lifetime',
  'duration',
  'interval',
  'rotation',
  'header',
  'field',
  'param',
  'var',
  'env',
  'enabled',
  'enable',
  'disabled',
  'disable',
  'required',
  'optional',
  'policy',
  'rules',
  'complexity',
  'strength',
  'count',
  'attempts',
  'retries',
  'host',
  'hostname',
  'port',
  'endpoint',
  'server',
  'provider',
  'domain',
  'realm',
  'scope',
  'scopes',
  'issuer',
  'audience',
  'fingerprint',
  'prefix',
  'suffix',
  'hash',
  'ring',
  'servers',
  'store',
  'mount',
  'dst',
  'src',
  'config',
  'conf',
  'cfg',
  'helper',
  'sha',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'checksum',
  'digest',
  'source',
  'target',
  'class',
  'classname',
  'providers',
]);

/** Qualifiers that make a `key` word non-credential (`GPG_KEY`, `CACHE_KEY`, `SORT_KEY`…). */
const NON_CREDENTIAL_KEY_QUALIFIERS = new Set([
  'gpg',
  'gnupg',
  'pgp',
  'apt',
  'repo',
  'pub',
  'public',
  'cache',
  'sort',
  'partition',
  'primary',
  'foreign',
  'hash',
  'routing',
  'idempotency',
  'lookup',
  'map',
  'keyboard',
  'hot',
]);

/** Words before `key` that mark a public (verification) key rather than a credential. */
const PUBLIC_KEY_HINTS = new Set([
  'gpg',
  'gnupg',
  'pgp',
  'signing',
  'release',
  'verification',
  'verify',
  'trusted',
]);

/** Values that stand for "no value" even under a conclusive name: nothing real is stored. */
const STRONG_PLACEHOLDER =
  /^(?:x+|\*+|\*+\w+\*+|\.+|-+|_+|[0-]+|changeme|change[-_ ]?me|change[-_ ]?it|placeholder|dummy|example|sample|redacted|none|null|nil|undefined|todo|tbd|fixme|fake\w*|\{\}|\[\]|<[^>]*>|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*)$/i;

/** Setting-like values: a flag, not a credential (`ALLOW_EMPTY_PASSWORD=no`, `SERVER_TOKENS=off`). */
const BOOLEAN_VALUE = /^(?:true|false|yes|no|on|off|enabled?|disabled?|0|1)$/i;

/** OpenPGP fingerprints or long key IDs, possibly several: public identifiers of signing keys. */
const FINGERPRINTS = /^(?:(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40})(?:[\s,;]+|$))+$/i;

const PLACEHOLDER =
  /^(?:|x+|\*+|\.+|-+|_+|changeme|change[-_ ]?me|placeholder|dummy|example|sample|test|testing|todo|tbd|fixme|none|null|nil|undefined|empty|secret|password|token|key|redacted|hidden|default|true|false|yes|no|on|off|enabled|disabled|\d+|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*|my[-_ ].*)$/i;

/** The words of a variable name, lower-cased: `dbPassword` → db, password; `AWS_SECRET_ACCESS_KEY` → aws, secret, access, key. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Whether a value is a reference to another variable or a build-time expansion, not a literal. */
function isReference(value: string): boolean {
  return (
    /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}?$/.test(value.trim()) || /^\$\(.*\)$/.test(value.trim())
  );
}

/** Whether a value is empty, a reference, or an obvious placeholder. */
export function isPlaceholderValue(value: string | undefined): boolean {
  if (value === undefined) return true;
  const v = value.trim();
  return PLACEHOLDER.test(v) || isReference(v);
}

/** A value that obviously stands in for the real one (`changeme`, `FAKE…`, `<token>`, `xxxx`). */
export function isStrongPlaceholder(value: string): boolean {
  return STRONG_PLACEHOLDER.test(value.trim());
}

/**
 * Words inside a value that say it stands in for the real one (`ChooseYourOwnPasswordHere1234`,
 * `long-and-random-alphanumeric-string`, `AKIAIOSFODNN7EXAMPLE`, the AWS documentation's example key).
 */
const PLACEHOLDER_TEXT =
  /change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this|with)|your[-_ ]?own|(?:enter|insert|put|add)[-_ ]?your|your[-_ ]?(?:password|passwd|token|key|secret|api)|placeholder|example|dummy|fixme|(?:random|generated)[-_ ](?:alphanumeric|string|value|key|password|secret|token)|alphanumeric[-_ ]string/i;

/**
 * Whether a run configuration's literal value stands in for the real one: an obvious placeholder
 * (`isStrongPlaceholder`), text that says so (`PLACEHOLDER_TEXT`), words in capitals that say what goes
 * there (`CLIENT_SECRET`, `GOOGLE_API_KEY_VAL`, `SOME VALUE`; not a token such as `AKIA…`), or
 * `_admin_password_`-style markers.
 */
export function isPlaceholderText(value: string): boolean {
  const v = value.trim();
  return (
    isStrongPlaceholder(v) ||
    PLACEHOLDER_TEXT.test(v) ||
    (/^[A-Z]+(?:[_ ][A-Z0-9]+)*$/.test(v) && secretValueKind(v) === null) ||
    /^_[A-Za-z0-9_]*_$/.test(v)
  );
}

/**
 * A PEM private key encoded once more in base64 (`LS0tLS1CRUdJTi…` is `-----BEGIN`), as Kubernetes
 * Secrets and `*_KEY` variables carry them: the first characters are decoded to read the PEM label.
 */
const BASE64_PEM = /(?:^|[^A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,120})/;

function base64PemKind(value: string): string | null {
  const m = value.includes('LS0tLS1CRUdJTi') ? BASE64_PEM.exec(value) : null;
  if (!m) return null;
  const head = m[1].slice(0, m[1].length - (m[1].length % 4));
  const text = Buffer.from(head, 'base64').toString('latin1');
  return /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/.test(text)
    ? 'a PEM private key (base64-encoded)'
    : null;
}

/** The password of a URL that carries one (`scheme://user:password@host`); undefined otherwise. */
export function urlPassword(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@[^\s/]/i.exec(value);
  return m ? m[2] : undefined;
}

/** Looks for a credential shape in a value; returns what it looks like. */
export function secretValueKind(value: string): string | null {
  if (!value || value.length < 12) return null;
  if (VALUE_PATTERN_LITERALS.test(value)) {
    for (const { re, what } of VALUE_PATTERNS) if (re.test(value)) return what;
  }
  const pem = base64PemKind(value);
  if (pem) return pem;
  // A URL with an inline password: scheme://user:password@host
  const password = urlPassword(value);
  if (password !== undefined && !isPlaceholderValue(password) && !password.includes('$'))
    return 'a URL with an embedded password';
  return null;
}

/**
 * Whether a literal value reads like a generated secret rather than a password someone typed for a demo
 * (`postgres`, `secret`, `P@ssw0rd`, `moneyprintergobrrr`): at least 16 characters without spaces that
 * mix three of lower case, upper case, digits and symbols, or a long hexadecimal string (a generated key).
 */
export function looksGenerated(value: string): boolean {
  const v = value.trim();
  if (v.length < 16 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{24,}$/i.test(v)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 3;
}

type NameVerdict = { strength: 'strong' | 'weak'; word: string } | null;

/**
 * What the name alone says, remembered by name: files name the same variables and options again and
 * again (`PATH`, `VERSION`, `--user`), and a verdict takes a word split of the name by regular
 * expressions. The verdict is shared: read it, never change it.
 */
const judgeName = memoByString(judgeNameOnce);

function judgeNameOnce(name: string): NameVerdict {
  if (KNOWN_SECRET_NAMES.has(name.toUpperCase())) return { strength: 'strong', word: 'credential' };
  const words = nameWords(name).map((w) => GLUED_SUFFIX.exec(w)?.[1] ?? w);
  if (words.length === 0) return null;
  if (words.includes('public') || words.includes('pub')) return null;
  // Joined pairs that are one credential word split by an underscore.
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (
      next &&
      ((w === 'api' && next === 'key') ||
        (w === 'private' && next === 'key') ||
        (w === 'secret' && next === 'key') ||
        (w === 'access' && next === 'token') ||
        (w === 'auth' && next === 'token') ||
        (w === 'pass' && next === 'phrase') ||
        (w === 'client' && next === 'secret'))
    ) {
      joined.push(w + next);
      i++;
    } else joined.push(w);
  }
  let verdict: NameVerdict = null;
  for (let i = 0; i < joined.length; i++) {
    const w = joined[i];
    const strong = STRONG_WORDS.has(w);
    if (!strong && !WEAK_WORDS.has(w)) continue;
    // A descriptor after the credential word: the variable describes or locates it.
    if (joined.slice(i + 1).some((d) => DESCRIPTORS.has(d) || /(?:file|path|dir|url|uri)$/.test(d)))
      return null;
    const qualifier = joined[i - 1];
    if ((w === 'key' || w === 'keys') && qualifier && NON_CREDENTIAL_KEY_QUALIFIERS.has(qualifier)) continue;
    // OpenPGP keys that verify downloads (`GPG_COUCH_KEY`, `SWIFT_SIGNING_KEY`, `GHC_RELEASE_KEY`) are public.
    if ((w === 'key' || w === 'keys') && joined.slice(0, i).some((q) => PUBLIC_KEY_HINTS.has(q))) continue;
    // `IMAGE_PULL_SECRET` names a Kubernetes Secret object; it does not hold one.
    if ((w === 'secret' || w === 'secrets') && qualifier === 'pull') continue;
    // A weak word that ends a qualified name is conclusive (`SSH_KEY`, `LICENSE_KEY`, `DB_PASS`,
    // `COMPOSER_AUTH`); a bare `KEY` or `AUTH`, or one followed by more words (`AUTH_SERVICE`), is not.
    const conclusive =
      strong ||
      (w !== 'keys' && qualifier !== undefined && !/^\d+$/.test(qualifier) && i === joined.length - 1);
    const candidate: NameVerdict = { strength: conclusive ? 'strong' : 'weak', word: w };
    if (!verdict || (verdict.strength === 'weak' && candidate.strength === 'strong')) verdict = candidate;
  }
  return verdict;
}

const WORD_LABEL: Record<string, string> = {
  password: 'a password',
  passwd: 'a password',
  pword: 'a password',
  pass: 'a password',
  pwd: 'a password',
  passphrase: 'a passphrase',
  secret: 'a secret',
  secrets: 'secrets',
  token: 'a token',
  tokens: 'tokens',
  apikey: 'an API key',
  credential: 'a credential',
  credentials: 'credentials',
  creds: 'credentials',
  privatekey: 'a private key',
  secretkey: 'a secret key',
  accesskey: 'an access key',
  authtoken: 'an auth token',
  accesstoken: 'an access token',
  apitoken: 'an API token',
  clientsecret: 'a client secret',
  sessionkey: 'a session key',
  auth: 'authentication data',
  key: 'a key',
  keys: 'keys',
};

/**
 * Whether a variable (an ARG/ENV of a Dockerfile, an `Env` entry of an image) looks like it holds a
 * credential. `value` is the literal value when known (undefined for `ARG NAME` without a default).
 * Returns null when neither the name nor the value looks like a credential.
 */
export function secretLike(name: string, value?: string): { reason: string } | null {
  if (value !== undefined && value !== '') {
    const kind = secretValueKind(value);
    if (kind) return { reason: `its value looks like ${kind}` };
  }
  const verdict = judgeName(name);
  if (!verdict) return null;
  const label = WORD_LABEL[verdict.word] ?? 'a credential';
  if (value !== undefined) {
    const v = value.trim();
    // An empty value, a flag or a path stores no credential; fingerprints of `*_KEY`s are public.
    if (v === '' || BOOLEAN_VALUE.test(v) || /^(?:\/|~\/|\.\.?\/)\S*$/.test(v)) return null;
    if ((verdict.word === 'key' || verdict.word === 'keys') && FINGERPRINTS.test(v)) return null;
    // `REGISTRY_AUTH=htpasswd`, `DB_AUTH=md5`: one lower-case word names an authentication method.
    if (verdict.word === 'auth' && /^[a-z][a-z0-9_-]{0,15}$/.test(v)) return null;
    if (verdict.strength === 'strong' && STRONG_PLACEHOLDER.test(v)) return null;
  }
  if (verdict.strength === 'strong') return { reason: `the name "${name}" says it holds ${label}` };
  // Weak names need a real-looking value: long enough, not a placeholder, a path, a URL or a reference.
  if (value === undefined || isPlaceholderValue(value)) return null;
  const v = value.trim();
  // …and look random enough: a long mix of letters and digits (`ProcessId` is a setting, not a key).
  if (
    v.length < 12 ||
    !(/[0-9]/.test(v) && /[A-Za-z]/.test(v)) ||
    /\s/.test(v) ||
    v.startsWith('/') ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ||
    v.includes('$')
  )
    return null;
  return { reason: `the name "${name}" and its value suggest it holds ${label}` };
}
