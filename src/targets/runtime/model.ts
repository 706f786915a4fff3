/**
 * The normalised run configuration of one container (DESIGN.md, `runtime`): what a compose service, a
 * `docker`/`podman` `run|create` command line, a workflow job container or a `docker container inspect`
 * record asks of the engine. Runtime rules see only this type, never the source format.
 *
 * Every setting keeps its source range (1-based, `endColumn` exclusive) and the text as written, so that
 * findings point at the flag or key and messages can quote it.
 */
import type { Range } from '../../engine/types.js';

/**
 * The program that will run the container. `compose` is Docker Compose, `kubernetes` the kubelet (with
 * containerd or CRI-O); `unknown` when not known.
 */
export type RuntimeEngine = 'docker' | 'podman' | 'compose' | 'kubernetes' | 'unknown';

/** Where a container is described. */
export type RuntimeSourceKind = 'compose' | 'cli' | 'workflow' | 'inspect' | 'kubernetes';

/**
 * How settings are written where this container is described, so that messages can say what to write:
 * compose keys, command-line flags (run lines and workflow `options:`), or inspect JSON fields.
 */
export type RuntimeSyntax = 'compose' | 'cli' | 'inspect' | 'kubernetes';

export interface RuntimeSource {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  kind: RuntimeSourceKind;
  syntax: RuntimeSyntax;
  /** Compose service name, `docker run nginx`, `job build: container`, the inspect record's name. */
  name: string;
  /** Range of the service key, the command (first line), the job's `container:` key, the record. */
  range: Range;
  /** Compose profiles the service belongs to (empty: always started). */
  profiles?: string[];
  /** Workflow job id, for workflow sources. */
  job?: string;
  /** Kubernetes: the workload the container belongs to (`Deployment "web"`, `CronJob "backup"`). */
  workload?: string;
  /** Kubernetes: an init or ephemeral container (absent for ordinary containers). */
  containerType?: 'init' | 'ephemeral';
  /**
   * Workflows: set when this spec is an `env:` block of the workflow, a job or a step rather than a
   * container. Such a spec carries only `env` (and `incomplete`, so that rules asking for a missing
   * setting stay quiet): the variables are given to every step's process, so a credential written
   * there is as exposed as one given to a container.
   */
  envScope?: 'workflow' | 'job' | 'step';
}

/**
 * One setting as written. `value` is the parsed value; it is undefined when the text is `opaque` (a
 * variable the tool cannot resolve: `$MEM`, `${{ inputs.memory }}`, compose `${LIMIT}`) or `invalid`.
 */
export interface Setting<T> {
  value?: T;
  /** The text as written (the flag's value, or the YAML/JSON value's source text). */
  raw: string;
  range: Range;
  /** True when the value comes from a variable that cannot be resolved here. */
  opaque?: boolean;
  /** Why the value cannot be parsed, when it is neither valid nor opaque. */
  invalid?: string;
  /** How the setting was written: `--memory`, `-m`, `mem_limit`, `deploy.resources.limits.memory`, `HostConfig.Memory`. */
  key: string;
  /** Command lines: the flag and its value exactly as written (`--userns=host`, `-itm 1g`). */
  text?: string;
}

/**
 * How an environment variable gets its value:
 * - `literal`: written out here (`KEY: value`, `-e KEY=value`, `value: "…"`);
 * - `default`: a compose interpolation's default (`${DB_PASSWORD:-secret}`), used when the variable is unset;
 * - `reference`: taken from somewhere else when the container starts (`${DB_PASSWORD}`, `$TOKEN`,
 *   `${{ secrets.TOKEN }}`, Kubernetes `$(OTHER_VAR)`, a template placeholder);
 * - `passthrough`: the name alone, so the tool copies the variable from its own environment (`-e TOKEN`,
 *   compose `- TOKEN` or `TOKEN:` with no value);
 * - `valueFrom`: Kubernetes `valueFrom` (`secretKeyRef`, `configMapKeyRef`, `fieldRef`…).
 */
export type EnvValueSource = 'literal' | 'default' | 'reference' | 'passthrough' | 'valueFrom';

/**
 * One environment variable given to the container: compose `environment:` (map or list), `-e`/`--env`,
 * workflow `env:` (workflow, job, step, job and service `container:`), Kubernetes `env:`, inspect
 * `Config.Env`. `value` may be a credential: rules never quote it.
 */
export interface EnvSetting {
  name: string;
  /** The value the container gets, when written here (`literal`, `default`): quotes removed. */
  value?: string;
  source: EnvValueSource;
  /** Where the value is written (only the value, so a finding lands on it); the name's range when there is none. */
  range: Range;
  nameRange: Range;
  /** How it is written: `environment`, `-e`, `--env`, `env`, `container.env`, `Config.Env`. */
  key: string;
}

export type MountType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'image' | 'cluster' | 'unknown';

/** A volume or mount (`-v`, `--mount`, compose `volumes:` short or long syntax, inspect `Mounts`/`Binds`). */
export interface MountSetting {
  type: MountType;
  /** Host path (bind) or volume name; undefined for anonymous volumes and tmpfs. */
  source?: string;
  /** Path in the container. */
  target?: string;
  readOnly: boolean;
  /**
   * Kubernetes: the volume source of the pod volume mounted (`hostPath`, `emptyDir`, `nfs`,
   * `persistentVolumeClaim`…). A `hostPath` volume is also `type: 'bind'` with its path as `source`.
   */
  volumeType?: string;
  /** True when the source (or the whole spec) holds a variable that cannot be resolved. */
  opaque?: boolean;
  raw: string;
  range: Range;
  key: string;
}

export interface RuntimeSpec {
  source: RuntimeSource;
  engine: RuntimeEngine;
  /** `run` or `create` for command lines. */
  command?: 'run' | 'create';
  /**
   * The image reference as written (opaque when it is a variable), with the range of where it is
   * written. The base-image rules (`Rule.checkRuntime`) check it as they check FROM; a source that fills
   * it in (compose, `docker run`, workflows, Kubernetes containers) gets those checks for free.
   */
  image?: Setting<string>;
  /** True when the image is built here (compose `build:`): `image` then names the result, not a pull. */
  imageBuilt?: boolean;
  /**
   * How long the container is meant to run, where the source says so: `service` when it is kept running
   * (`docker run -d`, `--restart` other than `no`, compose `restart:` other than `no` or a `deploy:`
   * section; Kubernetes workload controllers), `task` when it runs to completion (`docker run --rm` in the
   * foreground, every container of a GitHub workflow: job, service and step containers; Kubernetes Jobs).
   * Undefined when the source does not say. `runtime/memory-limit` asks services for a limit by default.
   */
  lifetime?: 'service' | 'task';
  /**
   * Set when settings may come from somewhere this spec cannot see, so rules must not report a setting
   * as missing: a compose service that `extends` another or holds neither `image` nor `build` (an
   * override file), or a command line with opaque words in flag position (`docker run $OPTS img`).
   */
  incomplete?: string;

  /** Memory limit in bytes (`-m`, `mem_limit`, `deploy.resources.limits.memory`, `HostConfig.Memory`). */
  memory?: Setting<number>;
  /** Memory + swap limit in bytes; -1 means unlimited swap. */
  memorySwap?: Setting<number>;
  memoryReservation?: Setting<number>;
  /** CPUs (`--cpus`, `cpus`, `deploy.resources.limits.cpus`, `HostConfig.NanoCpus / 1e9`). */
  cpus?: Setting<number>;
  /** CFS quota in microseconds (`--cpu-quota`, `cpu_quota`, `HostConfig.CpuQuota`). */
  cpuQuota?: Setting<number>;
  cpuPeriod?: Setting<number>;
  /** `--cpuset-cpus`, `cpuset`, `HostConfig.CpusetCpus`. */
  cpusetCpus?: Setting<string>;
  /** Relative weight, not a limit (`--cpu-shares`, `cpu_shares`). */
  cpuShares?: Setting<number>;
  /** Process-count limit; 0 or -1 mean unlimited. */
  pidsLimit?: Setting<number>;

  /** `--userns`, `userns_mode`, `HostConfig.UsernsMode`. */
  userns?: Setting<string>;
  privileged?: Setting<boolean>;
  /** Capabilities added; `value` is upper case without the `CAP_` prefix (`SYS_ADMIN`, `ALL`). */
  capAdd: Setting<string>[];
  capDrop: Setting<string>[];
  pid?: Setting<string>;
  ipc?: Setting<string>;
  uts?: Setting<string>;
  /** `--network`/`--net`, `network_mode`, `HostConfig.NetworkMode`. */
  network?: Setting<string>;
  /** `--cgroupns`, compose `cgroup`, `HostConfig.CgroupnsMode`. */
  cgroupns?: Setting<string>;
  /** One entry per option (`seccomp=unconfined`, `no-new-privileges:true`, `label=disable`…). */
  securityOpt: Setting<string>[];
  /** `--read-only`, `read_only`, `HostConfig.ReadonlyRootfs`. */
  readOnly?: Setting<boolean>;
  /**
   * `--user`/`-u`, `user`, `Config.User`; Kubernetes `securityContext.runAsUser` (a number, the
   * container's own or else the pod's).
   */
  user?: Setting<string>;
  /**
   * Kubernetes `securityContext.runAsNonRoot` (container's, else pod's): with `true` the kubelet refuses
   * to start the container as UID 0, so it never runs as root whatever the image says.
   */
  runAsNonRoot?: Setting<boolean>;
  /** Kernel parameters set for the container: `--sysctl`, compose `sysctls`, Kubernetes pod `securityContext.sysctls`; `name=value`. */
  sysctls: Setting<string>[];
  /** Kubernetes `ports[].hostPort`: ports of the node's own network forwarded to the container. */
  hostPorts: Setting<number>[];
  volumes: MountSetting[];
  /** `--device`, `devices`, `HostConfig.Devices` (`/dev/sda:/dev/xvda:rwm`). */
  devices: Setting<string>[];
  /** Environment variables set for the container, in the order written (`env_file:` and `--env-file` are not read). */
  env: EnvSetting[];
}

/** A spec with no settings, for a source; loaders fill it in. */
export function emptySpec(source: RuntimeSource, engine: RuntimeEngine): RuntimeSpec {
  return {
    source,
    engine,
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    volumes: [],
    devices: [],
    sysctls: [],
    hostPorts: [],
    env: [],
  };
}
