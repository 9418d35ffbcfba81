// Every interface string is shown somewhere: a key in strings.ts that no module uses is dead text that still
// has to be translated and reviewed. A key counts as used where a module names it in quotes ('key'), or builds
// it from a prefix (`status_${status}`, 'expect_' + name) that the key starts with, or, for a plural form
// (`key_one`, `key_other`), names the key that tn() picks the form of.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_STRINGS } from '../src/i18n/strings.ts';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    const isModule = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    if (!isModule) return [];
    const text = readFileSync(path, 'utf8');
    // strings.ts: its helpers use keys (statusLabel builds `status_${status}`); its table of strings does not count.
    return [
      relative(SRC, path) === join('i18n', 'strings.ts') ? text.slice(text.indexOf('export type StringKey')) : text,
    ];
  });
}

describe('interface strings', () => {
  it('are each used by some module in src/', () => {
    const code = sources(SRC).join('\n');
    const prefixes = [...code.matchAll(/[`'"]([A-Za-z]\w*_)(?:\$\{|['"]\s*\+)/g)].map((m) => m[1]!);
    const unused = Object.keys(ALL_STRINGS).filter((key) => {
      const named = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const used = (k: string) => new RegExp(`['"\`]${k}['"\`]`).test(code);
      return (
        !used(key) &&
        !(named !== key && new RegExp(`\\btn\\([^)]*['"\`]${named}['"\`]`).test(code)) &&
        !prefixes.some((prefix) => key.startsWith(prefix))
      );
    });
    expect(unused).toEqual([]);
  });
});
