/** The committed debt baseline's default name; a module of its own so that `--help` imports no more. */
export const DEFAULT_BASELINE_FILE = '.layerguard-baseline.json';
