/**
 * The environment variables that well-known base images set in their image config (`ENV` lines of the
 * official images' Dockerfiles), so that `dockerfile/undefined-var` knows that `$PYTHON_VERSION` is
 * defined in a stage built `FROM python` without reading the image. Every image also has `PATH`, which
 * the builder sets when the image does not.
 *
 * Names only: values change with every release and no rule needs them.
 */
import type { ImageRef } from '../targets/image-ref.js';

const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];
const PHP = [
  'PHPIZE_DEPS',
  'PHP_INI_DIR',
  'APACHE_CONFDIR',
  'APACHE_ENVVARS',
  'PHP_CFLAGS',
  'PHP_CPPFLAGS',
  'PHP_LDFLAGS',
  'GPG_KEYS',
  'PHP_VERSION',
  'PHP_URL',
  'PHP_ASC_URL',
  'PHP_SHA256',
];
const DOTNET = [
  'APP_UID',
  'ASPNETCORE_HTTP_PORTS',
  'ASPNETCORE_URLS',
  'DOTNET_RUNNING_IN_CONTAINER',
  'DOTNET_VERSION',
  'ASPNET_VERSION',
  'DOTNET_SDK_VERSION',
  'DOTNET_GENERATE_ASPNET_CERTIFICATE',
  'DOTNET_NOLOGO',
  'DOTNET_USE_POLLING_FILE_WATCHER',
  'NUGET_XMLDOC_MODE',
  'POWERSHELL_DISTRIBUTION_CHANNEL',
];

/** Repository (Docker Hub names without `library/`, other registries with their host) → ENV names. */
export const BASE_IMAGE_ENV: Readonly<Record<string, readonly string[]>> = {
  scratch: [],
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  centos: [],
  rockylinux: [],
  almalinux: [],
  amazonlinux: [],
  oraclelinux: [],
  archlinux: ['LANG'],
  fedora: ['DISTTAG', 'FGC', 'FBR'],
  'opensuse/leap': ['LANG'],
  'opensuse/tumbleweed': ['LANG'],
  'buildpack-deps': [],
  'registry.access.redhat.com/ubi8/ubi': ['container'],
  'registry.access.redhat.com/ubi9/ubi': ['container'],
  'registry.access.redhat.com/ubi8/ubi-minimal': ['container'],
  'registry.access.redhat.com/ubi9/ubi-minimal': ['container'],
  'gcr.io/distroless/static': ['SSL_CERT_FILE'],
  'gcr.io/distroless/static-debian12': ['SSL_CERT_FILE'],
  'gcr.io/distroless/base': ['SSL_CERT_FILE'],
  'gcr.io/distroless/base-debian12': ['SSL_CERT_FILE'],
  'gcr.io/distroless/cc': ['SSL_CERT_FILE'],
  'gcr.io/distroless/cc-debian12': ['SSL_CERT_FILE'],
  python: [
    'LANG',
    'GPG_KEY',
    'PYTHON_VERSION',
    'PYTHON_SHA256',
    'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION',
    'PYTHON_GET_PIP_URL',
    'PYTHON_GET_PIP_SHA256',
  ],
  pypy: ['LANG', 'PYPY_VERSION'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  golang: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  openjdk: JAVA,
  'eclipse-temurin': JAVA,
  amazoncorretto: ['LANG', 'JAVA_HOME'],
  'ibm-semeru-runtimes': JAVA,
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  tomcat: [
    ...JAVA,
    'CATALINA_HOME',
    'TOMCAT_NATIVE_LIBDIR',
    'LD_LIBRARY_PATH',
    'GPG_KEYS',
    'TOMCAT_MAJOR',
    'TOMCAT_VERSION',
    'TOMCAT_SHA512',
  ],
  ruby: [
    'LANG',
    'RUBY_MAJOR',
    'RUBY_VERSION',
    'RUBY_DOWNLOAD_URL',
    'RUBY_DOWNLOAD_SHA256',
    'GEM_HOME',
    'BUNDLE_SILENCE_ROOT_WARNING',
    'BUNDLE_APP_CONFIG',
  ],
  php: PHP,
  composer: [...PHP, 'COMPOSER_ALLOW_SUPERUSER', 'COMPOSER_HOME', 'COMPOSER_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  haproxy: ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'],
  caddy: ['CADDY_VERSION', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
  postgres: ['GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  mysql: ['GOSU_VERSION', 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  mariadb: ['GOSU_VERSION', 'LANG', 'MARIADB_VERSION'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  mongo: [
    'GOSU_VERSION',
    'JSYAML_VERSION',
    'MONGO_PACKAGE',
    'MONGO_REPO',
    'MONGO_MAJOR',
    'MONGO_VERSION',
    'HOME',
  ],
  elixir: ['ELIXIR_VERSION', 'LANG', 'OTP_VERSION', 'REBAR3_VERSION'],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION'],
  julia: ['JULIA_PATH', 'JULIA_GPG', 'JULIA_VERSION', 'LANG'],
  docker: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR'],
  'mcr.microsoft.com/dotnet/sdk': DOTNET,
  'mcr.microsoft.com/dotnet/aspnet': DOTNET,
  'mcr.microsoft.com/dotnet/runtime': DOTNET,
  'mcr.microsoft.com/dotnet/runtime-deps': DOTNET,
  'oven/bun': ['BUN_RUNTIME_TRANSPILER_CACHE_PATH', 'BUN_INSTALL_BIN'],
};

/** The builder sets PATH in every stage whose image does not. */
export const ALWAYS_DEFINED = ['PATH'];

/**
 * The ENV names a base image defines, from the table above or from `extra` (the rule's option, keyed
 * the same way); undefined when the image is not known.
 */
export function baseImageEnv(
  ref: Pick<ImageRef, 'name' | 'scratch'>,
  extra: Readonly<Record<string, readonly string[]>> = {},
): readonly string[] | undefined {
  if (ref.scratch) return [];
  const name = ref.name.toLowerCase();
  const own = extra[name] ?? extra[ref.name];
  const known = BASE_IMAGE_ENV[name];
  if (own === undefined && known === undefined) return undefined;
  return [...(known ?? []), ...(own ?? [])];
}
