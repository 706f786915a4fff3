/**
 * EXPOSE port specifications as the builder splits them (`[ip:][hostPort:]containerPort[/proto]`), after
 * variable expansion.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';

/** One port specification of an EXPOSE, after variable expansion. */
export interface ExposeSpec {
  /** The specification as the builder sees it (`80/tcp`, `127.0.0.1:8080:80`). */
  spec: string;
  /** The argument it comes from. */
  arg: { value: string; range: Range };
  /** True when the argument is written literally (no variables, no quotes): fixes may rewrite it. */
  literal: boolean;
  ip: string;
  hostPort: string;
  containerPort: string;
  /** The protocol as written, '' when absent. */
  proto: string;
}

/** Splits `[ip:][hostPort:]containerPort[/proto]` as the builder does. */
export function splitPortSpec(spec: string): Pick<ExposeSpec, 'ip' | 'hostPort' | 'containerPort' | 'proto'> {
  const parts = spec.split(':');
  let ip = '';
  let hostPort = '';
  let rest: string;
  if (parts.length === 1) rest = parts[0];
  else if (parts.length === 2) [hostPort, rest] = parts;
  else {
    ip = parts.slice(0, -2).join(':');
    hostPort = parts[parts.length - 2];
    rest = parts[parts.length - 1];
  }
  const slash = rest.indexOf('/');
  return {
    ip,
    hostPort,
    containerPort: slash < 0 ? rest : rest.slice(0, slash),
    proto: slash < 0 ? '' : rest.slice(slash + 1),
  };
}

/**
 * The port specifications of an EXPOSE instruction, variables expanded with its scope. Arguments whose
 * variables have no known value are left out (the value comes from --build-arg).
 */
export function exposeSpecs(
  model: DockerfileModel,
  inst: DfInstruction,
  expand: (text: string) => { value: string; unresolved: string[] },
): ExposeSpec[] {
  const out: ExposeSpec[] = [];
  for (const arg of inst.args) {
    const literal = !/[$"'\\]/.test(arg.value);
    let text = arg.value;
    if (!literal) {
      const e = expand(arg.value);
      if (e.unresolved.length > 0) continue;
      text = e.value.replace(/^(["'])(.*)\1$/, '$2');
    }
    for (const spec of text.split(/\s+/).filter(Boolean))
      out.push({ spec, arg, literal, ...splitPortSpec(spec) });
  }
  return out;
}
