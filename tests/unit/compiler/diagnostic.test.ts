import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/compiler/diagnostic.ts';

describe('formatting a diagnostic', () => {
  it('writes control characters of a file name as escapes, so a name cannot forge a line', () => {
    const file = 'seeds/a.txt:1: error: forged\nseeds/\u001b[2Jb\u202e.txt';
    const line = formatDiagnostic({ file, line: 3, severity: 'warning', message: 'Tab\there.' });
    expect(line).toBe(
      'seeds/a.txt:1: error: forged\\nseeds/\\u001b[2Jb\\u202e.txt:3: warning: Tab\\there.',
    );
    expect(line.split('\n')).toHaveLength(1);
  });

  it('leaves Chinese and ordinary punctuation as they are', () => {
    const d = { file: 'seeds/开州 (1).txt', line: 1, severity: 'error' as const, message: '空。' };
    expect(formatDiagnostic(d)).toBe('seeds/开州 (1).txt:1: error: 空。');
  });
});
