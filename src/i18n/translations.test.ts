// Every word a reader sees has its Spanish: a missing or copied translation
// fails here instead of showing English on a Spanish page.
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../data/realData.ts';
import { LANGS } from '../data/types.ts';
import { ALL_STRINGS } from './strings.ts';

/**
 * Texts that are the same in both languages on purpose: proper names, acronyms
 * and words Spanish spells like English. Anything else identical is a missing translation.
 */
const SAME_IN_BOTH = new Set([
  // Countries and territories whose Spanish name is the English one.
  'Argentina',
  'Aruba',
  'Barbados',
  'Bolivia',
  'Chile',
  'Colombia',
  'Costa Rica',
  'Cuba',
  'Dominica',
  'Ecuador',
  'El Salvador',
  'Guatemala',
  'Guyana',
  'Honduras',
  'Jamaica',
  'Montserrat',
  'Nicaragua',
  'Paraguay',
  'Puerto Rico',
  'Sint Maarten',
  'Uruguay',
  'Venezuela',
  // Initiative short names and acronyms.
  'CARSI',
  'CBSI',
  'Mérida',
  'INL',
  'USAID',
  'CARICOM',
  'SICA',
  'DEA',
  'FBI',
  'ATF',
  // Interface words spelled the same.
  'total',
  'regional',
]);

interface Found {
  where: string;
  text: Record<string, unknown>;
}

function isText(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && 'en' in value;
}

/** Every {en, es} object anywhere in a JSON value, with a path to name it in a failure. */
function walk(value: unknown, where: string, out: Found[]): Found[] {
  if (isText(value)) out.push({ where, text: value });
  else if (Array.isArray(value))
    value.forEach((v, i) =>
      walk(v, `${where}[${(v as { id?: string })?.id ?? (v as { iso3?: string })?.iso3 ?? i}]`, out),
    );
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, out);
  return out;
}

function problems(found: Found[]): string[] {
  const out: string[] = [];
  for (const { where, text } of found) {
    for (const lang of LANGS) {
      const s = text[lang];
      if (typeof s !== 'string' || s.trim() === '') out.push(`${where}: no ${lang}`);
    }
    if (typeof text.es === 'string' && text.es === text.en && !SAME_IN_BOTH.has(text.en))
      out.push(`${where}: es is the English “${text.en}”`);
  }
  return out;
}

describe('translations', () => {
  it('every text in data/*.json has Spanish that is not the English', () => {
    const found: Found[] = [];
    for (const [file, json] of Object.entries(readDataFiles())) walk(json, file, found);
    // The walk must actually find the texts: countries alone have one name each.
    expect(found.length).toBeGreaterThan(200);
    expect(problems(found)).toEqual([]);
  });

  it('every interface string has Spanish that is not the English', () => {
    const found = Object.entries(ALL_STRINGS).map(([key, text]) => ({ where: `STRINGS.${key}`, text }));
    expect(found.length).toBeGreaterThan(100);
    expect(problems(found)).toEqual([]);
  });

  it('catches a missing or copied translation', () => {
    const bad = [
      { where: 'a', text: { en: 'Goal', es: '' } },
      { where: 'b', text: { en: 'Goal' } },
      { where: 'c', text: { en: 'Goal', es: 'Goal' } },
      { where: 'd', text: { en: 'Honduras', es: 'Honduras' } },
    ];
    expect(problems(bad)).toEqual(['a: no es', 'b: no es', 'c: es is the English “Goal”']);
  });
});
