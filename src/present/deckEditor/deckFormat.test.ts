import { describe, expect, it } from 'vitest';
import { DECK_TYPE, deckHash, emptyDeck, jsonFromHash, MAX_SLIDES, parseDeck, type Deck } from './deckFormat.ts';

const refs = { countries: new Set(['HND', 'MEX']), sources: new Set(['gao-1']) };
const slide = (extra: Record<string, unknown> = {}, state: Record<string, unknown> = {}) => ({
  state: { country: 'HND', initiative: null, year: 2012, panel: 'funding', ...state },
  title: 'Honduras',
  caption: 'Funding by year',
  notes: 'Say: < 5% went to courts.',
  ...extra,
});
const deckText = (slides: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: DECK_TYPE, version: 1, title: 'Mine', lang: 'es', slides, ...extra });

describe('parseDeck', () => {
  it('reads a good deck and copies only the known fields', () => {
    const { deck, problems } = parseDeck(
      deckText([
        slide({
          extra: '<b>x</b>',
          bounds: [
            [-90, 10],
            [-80, 20],
          ],
          sourceIds: ['gao-1'],
        }),
      ]),
      refs,
    );
    expect(problems).toEqual([]);
    expect(deck?.lang).toBe('es');
    expect(deck?.slides).toEqual([
      {
        ...slide(),
        bounds: [
          [-90, 10],
          [-80, 20],
        ],
        sourceIds: ['gao-1'],
      },
    ]);
  });

  it.each([
    ['not JSON', '{"type":', 'notJson'],
    ['not an object', '[1,2]', 'notObject'],
    ['the wrong type', deckText([], { type: 'powerpoint' }), 'wrongType'],
    ['the wrong version', deckText([], { version: 2 }), 'wrongVersion'],
    ['no slide list', deckText([], { slides: 'all' }), 'noSlides'],
    ['too many slides', deckText(Array.from({ length: MAX_SLIDES + 1 }, () => slide())), 'tooManySlides'],
    ['5 MB of text', deckText([slide({ notes: 'x'.repeat(5_000_000) })]), 'tooLarge'],
    ['HTML in its title', deckText([], { title: '<img src=x onerror=alert(1)>' }), 'html'],
  ])('refuses a deck with %s', (_, json, code) => {
    const { deck, problems } = parseDeck(json, refs);
    expect(deck).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe(code);
  });

  it.each([
    ['a country the atlas does not have', slide({}, { country: 'XXX' }), 'unknownCountry', 'state.country'],
    ['an initiative it does not have', slide({}, { initiative: 'alliance' }), 'unknownInitiative', 'state.initiative'],
    ['a year out of range', slide({}, { year: 1850 }), 'badYear', 'state.year'],
    ['an unknown panel', slide({}, { panel: 'secrets' }), 'badPanel', 'state.panel'],
    ['a script in its caption', slide({ caption: 'hi <script>alert(1)</script>' }), 'html', 'caption'],
    ['a closing tag in its notes', slide({ notes: 'a</p>' }), 'html', 'notes'],
    ['a number as title', slide({ title: 5 }), 'badField', 'title'],
    ['an unknown source', slide({ sourceIds: ['nope'] }), 'badField', 'sourceIds'],
    [
      'inverted bounds',
      slide({
        bounds: [
          [10, 10],
          [0, 0],
        ],
      }),
      'badField',
      'bounds',
    ],
    ['over-long title', slide({ title: 'x'.repeat(201) }), 'tooLong', 'title'],
  ])('leaves out a slide with %s and keeps the rest', (_, bad, code, field) => {
    const { deck, problems } = parseDeck(deckText([slide(), bad, slide({ title: 'Third' })]), refs);
    expect(deck?.slides.map((s) => s.title)).toEqual(['Honduras', 'Third']);
    expect(problems).toEqual([expect.objectContaining({ code, slide: 2, field })]);
  });
});

const base64url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('deck links', () => {
  const deck: Deck = { ...emptyDeck('en'), title: 'Año ñandú — “quotes”', slides: [slide() as Deck['slides'][0]] };

  it('round-trips a deck through the compressed hash', async () => {
    const hash = await deckHash(deck);
    expect(hash).toMatch(/^#deckz=[A-Za-z0-9_-]+$/);
    const out = await jsonFromHash(hash);
    expect(out && 'json' in out && JSON.parse(out.json)).toEqual(deck);
  });

  it('reads the plain form', async () => {
    const b64 = base64url(new TextEncoder().encode(JSON.stringify(deck)));
    const out = await jsonFromHash(`#deck=${b64}`);
    expect(out && 'json' in out && JSON.parse(out.json)).toEqual(deck);
  });

  it('ignores other hashes and refuses unreadable ones', async () => {
    expect(await jsonFromHash('#details')).toBeNull();
    expect(await jsonFromHash('#deck=***')).toEqual({ problem: { code: 'badLink' } });
    expect(await jsonFromHash('#deckz=AAAA')).toEqual({ problem: { code: 'badLink' } });
  });

  it('stops inflating a small link that would fill the memory', async () => {
    const spaces = new Uint8Array(20_000_000).fill(32);
    const bomb = base64url(
      new Uint8Array(
        await new Response(new Blob([spaces]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
      ),
    );
    expect(bomb.length).toBeLessThan(100_000);
    const out = await jsonFromHash(`#deckz=${bomb}`);
    expect(out).toEqual({ problem: expect.objectContaining({ code: 'tooLarge' }) });
  });
});
