// The committed slides pass, each kind of mistake is named by slide and field,
// and every slide spotlights what its caption talks about.
import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../data/joins.ts';
import { validateAtlasData } from '../data/validate.ts';
import { SLIDES_FILE, spotlightOf, validateSlides, type SlideRefs } from './slides.ts';

const raw = import.meta.glob<string>('../../data/*.json', { eager: true, query: '?raw', import: 'default' });
const FILES: Record<string, unknown> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), JSON.parse(text)]),
);
const { data } = validateAtlasData(FILES);
if (!data) throw new Error('fixture: the atlas data must validate');
const index = indexAtlas(data);
const refs: SlideRefs = {
  sources: new Set(data.sources.map((s) => s.id)),
  countries: new Set(data.countries.map((c) => c.iso3)),
};
type Rec = Record<string, unknown>;
const slides = () => structuredClone(FILES[SLIDES_FILE]) as Rec[];
const fieldsOf = (edited: Rec[]) => validateSlides(edited, refs).errors.map((e) => `${e.record} › ${e.field}`);

describe('data/slides.json', () => {
  it('is valid against the atlas data', () => {
    const { slides: ok, errors } = validateSlides(FILES[SLIDES_FILE], refs);
    expect(errors).toEqual([]);
    expect(ok!.length).toBeGreaterThanOrEqual(7);
  });

  it('opens on the overview, has a slide per initiative, the comparison, and ends on then and now', () => {
    const ok = validateSlides(FILES[SLIDES_FILE], refs).slides!;
    expect(ok[0]!.state).toMatchObject({ initiative: null, country: null });
    for (const id of ['merida', 'carsi', 'cbsi', 'colombia', 'andean'])
      expect(ok.some((s) => s.state.initiative === id)).toBe(true);
    expect(ok.some((s) => s.state.panel === 'compare')).toBe(true);
    expect(ok.at(-1)!.state).toMatchObject({ compare: 2008, year: 2023 });
  });

  it('shows Mérida with its FY2008–FY2009 Central America years and CBSI with its thirteen partners of today', () => {
    const ok = validateSlides(FILES[SLIDES_FILE], refs).slides!;
    const merida = spotlightOf(
      ok.find((s) => s.id === 'merida')!,
      index,
    )!;
    expect(merida).toEqual(
      expect.arrayContaining(['MEX', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN', 'BLZ', 'HTI', 'DOM']),
    );
    const cbsi = spotlightOf(
      ok.find((s) => s.id === 'cbsi')!,
      index,
    )!;
    expect([...cbsi].sort()).toEqual([
      'ATG',
      'BHS',
      'BRB',
      'DMA',
      'DOM',
      'GRD',
      'GUY',
      'JAM',
      'KNA',
      'LCA',
      'SUR',
      'TTO',
      'VCT',
    ]);
    // Belize and Haiti signed the 2016 statement, the last that names them: former partners in the all-years view.
    expect(cbsi).not.toContain('BLZ');
    expect(cbsi).not.toContain('MSR'); // no document of the time names Montserrat in CBSI
    expect(cbsi).not.toContain('MEX');
    const mexico = spotlightOf(
      ok.find((s) => s.id === 'merida-mexico')!,
      index,
    )!;
    expect(mexico).toEqual(['MEX']);
    expect(spotlightOf(ok[0]!, index)).toBeNull();
  });

  it('names the slide and field of each mistake', () => {
    const s = slides();
    s[1]!.id = s[0]!.id;
    expect(fieldsOf(s)).toContain('overview › id');
    const t = slides();
    delete (t[2]!.caption as Rec).es;
    (t[3]!.state as Rec).initiative = 'nafta';
    (t[4]!.state as Rec).panel = 'gossip';
    (t[5]!.state as Rec).year = 1999;
    t[6]!.sourceIds = ['no-such-source'];
    t[7]!.spotlight = ['XXX'];
    t[8]!.bounds = [
      [10, 10],
      [0, 0],
    ];
    (t[0]!.state as Rec).country = 'ZZZ';
    t[1]!.colour = 'red';
    expect(fieldsOf(t)).toEqual(
      expect.arrayContaining([
        'merida-mexico › caption',
        'carsi › state.initiative',
        'cbsi › state.panel',
        'colombia › state.year',
        'andean › sourceIds[0]',
        'sources-differ › spotlight[0]',
        'compare › bounds',
        'overview › state.country',
        'merida › colour',
      ]),
    );
  });

  it('rejects a file that is not a list of slides, and cites nothing uncited', () => {
    expect(validateSlides({}, refs).errors[0]!.message).toMatch(/array/);
    expect(validateSlides([], refs).errors[0]!.message).toMatch(/at least one/);
    const s = slides();
    s[0]!.sourceIds = [];
    expect(fieldsOf(s)).toEqual(['overview › sourceIds']);
  });

  it('takes the passages that support a caption, and names an empty one', () => {
    const s = slides();
    s[0]!.quotes = ['A passage.'];
    s[1]!.quote = 'Another.';
    expect(fieldsOf(s)).toEqual([]);
    s[0]!.quotes = [];
    s[1]!.quote = ' ';
    expect(fieldsOf(s)).toEqual(['overview › quotes', 'merida › quote']);
  });
});
