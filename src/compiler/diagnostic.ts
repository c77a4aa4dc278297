/** How bad a finding is: an `error` means the seed produced no article. */
export type Severity = 'error' | 'warning';

/** A finding about one seed, always pointing at a file and a 1-based line. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

/** A finding inside one seed, before the compiler knows which file it came from. */
export type Problem = Omit<Diagnostic, 'file'>;

/** Formats a diagnostic the way editors link to it: `seeds/a.txt:12: warning: …`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}:${d.line}: ${d.severity}: ${printable(d.message)}`;
}

// Controls, line and paragraph separators and bidirectional overrides: in a file name (or seed
// text quoted in a message) they would reach the terminal raw, and a line break would forge a
// diagnostic line of its own.
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unprintable character written as an escape (`\n`, `\u001b`). */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
