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
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}
