import { describe, expect, it } from 'vitest';
import { createAtlasStore } from './store.ts';

describe('a new selection and the comparison', () => {
  it('leaves the comparison for the new selection’s details', () => {
    const store = createAtlasStore({ initiative: 'carsi', panel: 'compare' });
    store.getState().selectCountry('HND');
    expect(store.getState()).toMatchObject({ country: 'HND', initiative: null, panel: 'details' });
    store.setState({ panel: 'compare' });
    store.getState().selectInitiative('cbsi');
    expect(store.getState().panel).toBe('details');
  });

  it('stays on the comparison when the selection does not change, and keeps any other panel', () => {
    const store = createAtlasStore({ panel: 'compare' });
    store.getState().clearSelection();
    expect(store.getState().panel).toBe('compare');
    store.setState({ panel: 'funding' });
    store.getState().selectInitiative('merida');
    expect(store.getState().panel).toBe('funding');
  });
});
