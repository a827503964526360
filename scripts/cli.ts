/**
 * Command-line arguments for the Node scripts: `--help` prints the usage, and a mistyped option or
 * a missing input file gets one line and the usage rather than a stack trace.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** The scripts take only string options. */
type StringOptions = Record<string, { type: 'string'; default?: string }>;

export function parseCli<T extends StringOptions>(usage: string, options: T, required: readonly (keyof T & string)[] = []): Record<keyof T, string | undefined> {
  const fail = (message: string): never => {
    console.error(`${message}\nusage: ${usage}`);
    process.exit(2);
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean' } } }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length > 0) fail(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  return values as Record<keyof T, string | undefined>;
}

/** Exits with a clear message when an input file is not there. */
export function requireFile(path: string, what: string): string {
  if (!existsSync(path)) {
    console.error(`${what} ${path} does not exist`);
    process.exit(2);
  }
  return path;
}
