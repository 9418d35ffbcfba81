import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataYears } from './years.ts';

function dataDir(memberships: unknown[], funding: unknown[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-years-'));
  writeFileSync(join(dir, 'memberships.json'), JSON.stringify(memberships));
  writeFileSync(join(dir, 'goals.json'), '[]');
  writeFileSync(join(dir, 'funding.json'), JSON.stringify(funding));
  writeFileSync(join(dir, 'events.json'), JSON.stringify([{ date: '2016-10-18' }]));
  return dir;
}

describe('dataYears', () => {
  it('runs from the first membership to the last year any record names', () => {
    expect(
      dataYears(
        dataDir(
          [
            { firstYear: 2002, lastYear: null },
            { firstYear: 2010, lastYear: 2012 },
          ],
          [{ fyLast: 2019 }],
        ),
      ),
    ).toEqual([2002, 2019]);
    expect(dataYears(dataDir([{ firstYear: 2002, lastYear: 2005 }]))).toEqual([2002, 2016]);
  });

  it('stops the build on a year after its own (a typo)', () => {
    expect(() => dataYears(dataDir([{ firstYear: 2002, lastYear: 2099 }]), new Date('2026-12-07'))).toThrow(/2099/);
  });

  it('gives the atlas’s data its period: 2000 to FY2023', () => {
    expect(dataYears('data')).toEqual([2000, 2023]);
  });
});
