// Mounts the postMessage bridge once the atlas's data is loaded (it needs the
// list of countries to ignore unknown codes from the host).
import { useEffect } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { useAtlasStoreApi } from '../state/store.ts';
import { connectEmbedBridge } from './bridge.ts';

export function EmbedBridge() {
  const store = useAtlasStoreApi();
  // The countries, not the whole index: they stay the same when the details arrive, and a reconnection would
  // tell the host page "ready" a second time.
  const { countries } = useAtlasData().index;
  useEffect(
    // The body's height is the content's: embed.css gives html, body and #root an automatic height.
    () => connectEmbedBridge(store, { content: document.body, isKnownCountry: (iso3) => countries.has(iso3) }),
    [store, countries],
  );
  return null;
}
