import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import type { LayerFiles } from '../../targets/image/file-index.js';
import {
  analyseImage,
  globMatcher,
  IMAGE_RANGE,
  layerContext,
  layerLabel,
} from '../../knowledge/image-util.js';

const KEY_STORE = /\.(p12|pfx|jks|keystore)$/;
// Unicode case folding, as toLowerCase: the Kelvin sign in `.\u212Aeystore` is a k to both.
const KEY_STORE_ANY_CASE = new RegExp(KEY_STORE.source, 'iu');

/** Why a path looks like a secret by its name; null when it does not. */
export function secretFileKind(path: string): string | null {
  return mayNameSecret(path) ? secretKindOfName(path) : null;
}

/**
 * Whether `secretKindOfName` may find something in `path`. It is asked of every file of an image
 * (hundreds of thousands), and most names are settled by their first letter: every check needs a
 * name starting with `.`, `_`, `t`, `i` or `s` (any case), a key-store extension, or a path through a
 * dot-folder (`.aws/`, `.kube/`, `.config/gcloud/`…). A test holds the two together.
 */
export function mayNameSecret(path: string): boolean {
  const first = path.charCodeAt(path.lastIndexOf('/') + 1) | 0x20; // ASCII letters to lower case
  return (
    first === 0x2e || // .env, .netrc, .npmrc… (0x2e | 0x20 is itself)
    first === 0x7f || // _netrc (0x5f | 0x20)
    first === 0x74 || // terraform.tfstate
    first === 0x69 || // id_rsa…
    first === 0x73 || // ssh_host_…_key
    path.charCodeAt(0) === 0x2e ||
    path.includes('/.') ||
    KEY_STORE_ANY_CASE.test(path)
  );
}

/** The checks of `secretFileKind`, on any path. */
export function secretKindOfName(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(base)) return 'an SSH private key';
  if (/^ssh_host_[a-z0-9]+_key$/.test(base))
    return 'an SSH host private key (every container of the image shares it)';
  if (
    lower === '.env' ||
    (lower.startsWith('.env.') && !/\.(example|sample|template|dist|defaults?|schema)$/.test(lower))
  ) {
    return 'a .env file (application secrets)';
  }
  if (KEY_STORE.test(lower)) return 'a key store';
  if (/(^|\/)\.aws\/credentials$/.test(path)) return 'AWS credentials';
  if (/(^|\/)\.docker\/config\.json$/.test(path)) return 'Docker registry credentials';
  if (/(^|\/)\.kube\/config$/.test(path)) return 'a Kubernetes config with cluster credentials';
  if (
    /(^|\/)\.config\/gcloud\/(credentials\.db|access_tokens\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
      path,
    )
  ) {
    return 'Google Cloud credentials';
  }
  if (/(^|\/)\.azure\/(accessTokens\.json|msal_token_cache\.(json|bin))$/.test(path))
    return 'Azure credentials';
  if (lower === '.git-credentials') return 'git credentials';
  if (lower === '.netrc' || lower === '_netrc') return 'a .netrc with login passwords';
  if (lower === '.npmrc') return 'an .npmrc (often holds a registry token)';
  if (lower === '.pypirc') return 'a .pypirc (often holds a PyPI token)';
  if (lower === '.pgpass') return 'PostgreSQL passwords';
  if (lower === '.vault-token') return 'a Vault token';
  if (lower === 'terraform.tfstate') return 'Terraform state (holds resource secrets)';
  return null;
}

/** The `.git` folder a path belongs to, if any (`app/.git/config` -> `app/.git`). */
function gitDirOf(path: string): string | null {
  const m = /^(.*?(?:^|\/)\.git)(?:\/|$)/.exec(path);
  return m ? m[1] : null;
}

const MAX_FINDINGS = 25;

export default defineRule({
  id: 'image/secret-files',
  severity: 'error',
  summary: 'A layer of the built image holds a private key, a .env file, credentials or a .git folder',
  securitySeverity: 8.0,
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Glob patterns of image paths not to report (test fixtures, public keys shipped on purpose).',
      default: ['**/{test,tests,testdata,fixtures,__tests__}/**'],
    },
  },
  check(model: ImageModel, options: { allow: string[] }, report) {
    const allowed = globMatcher(options.allow);
    const visible = model.layers.some((l) => l.files) ? analyseImage(model).visible : new Map();
    const hits: { layer: number; path: string; kind: string }[] = [];
    const gitDirs = new Set<string>();
    model.layers.forEach((layer, li) => {
      const files = layer.files;
      if (!files) return;
      for (let i = 0; i < files.length; i++) {
        if (files.whiteoutAt(i)) continue;
        const path = files.pathAt(i);
        const kind = kindOf(files, i, path);
        if (kind) {
          if (!allowed(path)) hits.push({ layer: li, path, kind });
          continue;
        }
        const git = gitDirOf(path);
        if (git && !gitDirs.has(`${li}:${git}`) && !allowed(git)) {
          gitDirs.add(`${li}:${git}`);
          hits.push({
            layer: li,
            path: git,
            kind: 'a .git folder (the whole history of the source, remotes and sometimes tokens)',
          });
        }
      }
    });
    for (const h of hits.slice(0, MAX_FINDINGS)) {
      const v = visible.get(h.path);
      const gone = !v || v.layer !== h.layer;
      report({
        range: IMAGE_RANGE,
        message:
          `/${h.path} in ${layerLabel(model, h.layer)} looks like ${h.kind}${gone ? '; a later layer hides it, but it is still in this layer for anyone who pulls the image' : ''}. ` +
          'Anything in a layer can be extracted by whoever can pull the image: keep it out of the build context (.dockerignore), or use a build secret (RUN --mount=type=secret) and rotate this one.',
        context: layerContext(h.layer),
      });
    }
    if (hits.length > MAX_FINDINGS) {
      report({
        range: IMAGE_RANGE,
        message: `${hits.length - MAX_FINDINGS} more files in the image look like secrets (only the first ${MAX_FINDINGS} are listed). Check the build context and .dockerignore.`,
      });
    }
  },
});

function kindOf(files: LayerFiles, i: number, path: string): string | null {
  const key = files.keyHeaderAt(i);
  if (key) return `a private key (${key})`;
  return files.typeAt(i) === 'file' ? secretFileKind(path) : null;
}
