import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { heapToAsk, YOUNG_GENERATION_FLAG } from '../../../src/compiler/compile-heap.ts';

describe('heapToAsk', () => {
  it("keeps V8's default heap for a compile that fits in it", () => {
    expect(heapToAsk(100_000, 4144, 24_000)).toBeNull();
  });

  it('leaves a small compile the heap it has, even a small one', () => {
    expect(heapToAsk(50_000, 512, 2048)).toBeNull();
    expect(heapToAsk(100_000, 512, 2048)).toBe(1536);
  });

  it('asks for about 14 KB a seed when the default falls short', () => {
    expect(heapToAsk(1_000_000, 4144, 24_000)).toBe(15_024);
    expect(heapToAsk(300_000, 4144, 24_000)).toBe(5224);
  });

  it('asks for at most three quarters of the memory, and nothing when that is no more than it has', () => {
    expect(heapToAsk(1_000_000, 4144, 8192)).toBe(6144);
    expect(heapToAsk(1_000_000, 4144, 4096)).toBeNull();
  });
});

describe('YOUNG_GENERATION_FLAG', () => {
  it('is what `npm run compile` starts node with', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.compile?.split(' ')).toContain(YOUNG_GENERATION_FLAG);
  });

  it('is a flag node takes in NODE_OPTIONS, as `npm run build` passes it to Vite', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['-p', '1'], {
      env: { ...process.env, NODE_OPTIONS: YOUNG_GENERATION_FLAG },
    });
    expect(stdout.trim()).toBe('1');
  });
});
