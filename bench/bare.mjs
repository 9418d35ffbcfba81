// Time to a page's ready mark with no DevTools agent enabled on it: how a visitor's browser runs the page.
//
// Playwright enables the Runtime and Network agents on every page it drives, and with them on, Chromium captures a
// JS stack trace for every script-initiated request and V8 one for every Error constructed, re-parsing the script
// each frame sits in to give it a line number: a cost of the instrument, which falls on one page more than another
// (React DOM constructs Errors as it starts). Here one Chromium is driven over --remote-debugging-pipe at the
// protocol's lowest level: a fresh browser context per load, the viewport set, the URL navigated to, and the mark
// read with Runtime.evaluate, which needs no agent enabled.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts the browser; `load(url, mark, viewport)` resolves with the mark's startTime (ms from navigation). */
export function startBare(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const child = spawn(executablePath, [...args, '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  let nextId = 0;
  const pending = new Map();
  let buffered = '';
  child.stdio[4].setEncoding('utf8');
  child.stdio[4].on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      child.stdio[3].write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  async function load(url, mark, viewport, timeoutMs = 120_000) {
    const { browserContextId } = await send('Target.createBrowserContext');
    try {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false }, sessionId);
      await send('Page.navigate', { url }, sessionId);
      const until = Date.now() + timeoutMs;
      const read = `performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? null`;
      for (;;) {
        // The document may be between pages while it navigates: an evaluation that fails is tried again.
        const value = await send('Runtime.evaluate', { expression: read, returnByValue: true }, sessionId).then(
          (r) => r.result.value,
          () => null,
        );
        if (typeof value === 'number') return value;
        if (Date.now() > until) throw new Error(`${url}: no ${mark} after ${timeoutMs / 1000} s`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    } finally {
      await send('Target.disposeBrowserContext', { browserContextId });
    }
  }

  async function close() {
    child.kill('SIGKILL');
    await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done()));
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
  return { load, close };
}
