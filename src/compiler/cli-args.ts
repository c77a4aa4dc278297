import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command of `npm run`: its name as typed, and the usage `--help` prints. */
export interface CliCommand {
  /** `npm run seeds:generate`: what a message about a mistake starts with. */
  name: string;
  usage: string;
}

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** What a command line asks for: the usage, a run with these values, or it has a mistake. */
export type CliArgs<T extends ParseArgsConfig> =
  { kind: 'help' } | { kind: 'run'; parsed: Parsed<T> } | { kind: 'error'; message: string };

const isParseArgsError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS_');

/**
 * Reads `args` by `config` (node:util `parseArgs`): `--help` or `-h` before any `--` asks for the
 * usage, whatever else is there; an unknown option, a missing value or an unexpected argument is
 * a one-sentence message (Node's first sentence: `Unknown option '--cout'`).
 */
export function readCliArgs<T extends ParseArgsConfig>(
  config: T,
  args: readonly string[],
): CliArgs<T> {
  const end = args.indexOf('--');
  const flags = end < 0 ? args : args.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) return { kind: 'help' };
  try {
    return { kind: 'run', parsed: parseArgs({ ...config, args: [...args] }) as Parsed<T> };
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { kind: 'error', message: error.message.split('. ')[0] ?? error.message };
  }
}

/** Says what is wrong with the command line in one line, pointing to `--help`, and exits 2. */
export function exitWithUsageError(command: CliCommand, message: string): never {
  console.error(`${command.name}: ${message}; --help lists the options.`);
  process.exit(2);
}

/**
 * This process's arguments read by `config`; `--help` prints the usage and exits 0, a mistake
 * prints one line and exits 2. A newcomer's first `--help` never meets a stack trace.
 */
export function parseCliArgs<T extends ParseArgsConfig>(command: CliCommand, config: T): Parsed<T> {
  const read = readCliArgs(config, process.argv.slice(2));
  if (read.kind === 'help') {
    console.log(command.usage);
    process.exit(0);
  }
  if (read.kind === 'error') exitWithUsageError(command, read.message);
  return read.parsed;
}
