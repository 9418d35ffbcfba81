// Finds the system Chromium: CHROMIUM_PATH, else the first of chromium,
// chromium-browser, google-chrome on the PATH. Never downloads a browser.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to its executable. The tests never download a browser.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // WebGL through SwiftShader in headless mode.
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
