import { describe, expect, it } from 'vitest';
import {
  GRID_COLUMNS,
  GRID_ROWS,
  PROVINCE_GRID,
} from '../../../../src/client/features/stats/lib/province-grid.ts';
import { chinaDivisions } from '../../../../src/domain/tagging/regions/china-divisions.ts';

describe('the tile grid of provincial-level divisions', () => {
  it('places each of the 34 once, under its name in the division table', () => {
    const provinces = chinaDivisions().children(null);
    expect(provinces).toHaveLength(34);
    expect(PROVINCE_GRID.map((t) => [t.code, t.name]).sort()).toEqual(
      provinces.map((p) => [p.code, p.name]).sort(),
    );
  });

  it('puts no two in the same cell, all inside the grid', () => {
    const cells = PROVINCE_GRID.map((t) => `${t.row},${t.col}`);
    expect(new Set(cells).size).toBe(34);
    for (const t of PROVINCE_GRID) {
      expect(t.row, t.name).toBeGreaterThanOrEqual(0);
      expect(t.row, t.name).toBeLessThan(GRID_ROWS);
      expect(t.col, t.name).toBeGreaterThanOrEqual(0);
      expect(t.col, t.name).toBeLessThan(GRID_COLUMNS);
    }
  });

  it('shows a short name that starts the full one, so the visible label is in the link’s name', () => {
    for (const t of PROVINCE_GRID) expect(t.name.startsWith(t.short), t.name).toBe(true);
  });

  it('keeps rough geography: north above south, west left of east', () => {
    const at = (short: string) => PROVINCE_GRID.find((t) => t.short === short);
    expect(at('黑龙江')?.row).toBeLessThan(at('海南')?.row ?? 0);
    expect(at('新疆')?.col).toBeLessThan(at('上海')?.col ?? 0);
    expect(at('北京')?.row).toBeLessThan(at('重庆')?.row ?? 0);
    expect(at('四川')?.col).toBeLessThan(at('重庆')?.col ?? 0);
  });
});
