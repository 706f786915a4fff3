/**
 * Command lines read the way getopt reads them: a command's argument words split into options (with
 * their values, for the options a CLI says take one) and operands, `--` ending the options.
 */
import type { ShellWord } from '../targets/dockerfile/model.js';

export interface CliOption {
  /** `-y`, `--yes` (a short bundle `-yq` gives `-y` and `-q`). */
  name: string;
  /** The value of `--name=value`, `-ovalue`, or the next word for options that take one. */
  value?: string;
  word: ShellWord;
  valueWord?: ShellWord;
}

export interface CliArgs {
  options: CliOption[];
  /** Operands in order (subcommand first, for CLIs that have one). */
  operands: ShellWord[];
}

export interface CliSpec {
  /** Options that take a value in the next word when not written `--name=value` (`-o`, `--target-release`). */
  valued: ReadonlySet<string>;
}

/** Splits a command's argument words into options and operands, getopt-style; `--` ends options. */
export function parseCli(words: readonly ShellWord[], spec: CliSpec): CliArgs {
  const options: CliOption[] = [];
  const operands: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const v = word.value;
    if (v === '--') {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq >= 0) options.push({ name: v.slice(0, eq), value: v.slice(eq + 1), word });
      else if (spec.valued.has(v) && i + 1 < words.length) {
        options.push({ name: v, value: words[i + 1].value, word, valueWord: words[i + 1] });
        i++;
      } else options.push({ name: v, word });
      continue;
    }
    if (v.startsWith('-') && v.length > 1 && !word.hasExpansion) {
      for (let j = 1; j < v.length; j++) {
        const name = `-${v[j]}`;
        if (spec.valued.has(name)) {
          let rest = v.slice(j + 1);
          if (rest.startsWith('=')) rest = rest.slice(1);
          if (rest) options.push({ name, value: rest, word });
          else if (i + 1 < words.length) {
            options.push({ name, value: words[i + 1].value, word, valueWord: words[i + 1] });
            i++;
          } else options.push({ name, word });
          break;
        }
        if (v[j] === '=') {
          // `-q=2`: the value of the previous letter.
          const prev = options[options.length - 1];
          if (prev) prev.value = v.slice(j + 1);
          break;
        }
        options.push({ name, word });
      }
      continue;
    }
    operands.push(word);
  }
  return { options, operands };
}

export function hasOption(args: CliArgs, ...names: string[]): boolean {
  return args.options.some((o) => names.includes(o.name));
}
