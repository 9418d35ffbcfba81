import { describe, expect, it } from 'vitest';
import { oembedDocument } from './oembed.ts';

describe('the oEmbed document', () => {
  it('is a rich oEmbed whose html is the one-snippet embed of the site', () => {
    const doc = oembedDocument('https://atlas.example.org/hemisphere/');
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Hemisphere Atlas',
      width: 960,
      height: 560,
    });
    expect(doc.html).toBe(
      '<script src="https://atlas.example.org/hemisphere/embed.js" defer></script>\n<hemisphere-atlas src="https://atlas.example.org/hemisphere/"></hemisphere-atlas>',
    );
  });
});
