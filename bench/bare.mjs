// Time to a page's ready mark with no DevTools agent enabled on it: how a visitor's browser runs the page.
//
// Playwright enables the Runtime and Network agents on every page it drives, and with them on, Chromium captures a
// JS stack trace for every script-initiated request and V8 one for every Error constructed, re-parsing the script
// each frame sits in to give it a line number: a cost of the instrument, which falls on one page more than another
// (React DOM constructs Errors as it starts). Here a Chromium started with Playwright's own command line (the same
// switches, the same headless mode) is driven over --remote-debugging-pipe at the protocol's lowest level: a fresh
// browser context per load, the viewport set, the URL navigated to, and the mark read with Runtime.evaluate, which
// needs no agent enabled. The DevTools agents are the one difference.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const REQUEST_TIMEOUT_MS = 30_000;

/** The command line Playwright starts Chromium with, less its profile and pipe (set here). */
async function playwrightCommandLine(executablePath, args) {
  const server = await chromium.launchServer({ executablePath, args, headless: true });
  const [executable, ...switches] = server.process().spawnargs;
  await server.close();
  return {
    executable,
    switches: switches.filter((s) => !s.startsWith('--user-data-dir=') && s !== '--remote-debugging-pipe'),
  };
}

/** Starts the browser; `load(url, mark, viewport)` resolves with the mark's startTime (ms from navigation). */
export async function startBare(executablePath, args) {
  const { executable, switches } = await playwrightCommandLine(executablePath, args);
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const child = spawn(executable, [...switches, '--remote-debugging-pipe', `--user-data-dir=${profile}`], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  let nextId = 0;
  const pending = new Map();
  let gone = null;
  const fail = (why) => {
    gone ??= new Error(
      `Chromium (bench/bare.mjs) ${why}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
    );
    for (const waiter of pending.values()) waiter.reject(gone);
    pending.clear();
  };
  child.on('error', (err) => fail(`could not start (${err.message})`));
  child.on('exit', (code, signal) => fail(`exited (${signal ?? code})`));
  let buffered = '';
  const fromBrowser = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      clearTimeout(waiter.timer);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer from Chromium in ${REQUEST_TIMEOUT_MS / 1000} s`));
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve, reject, method, timer });
      /** @type {import('node:stream').Writable} */ (child.stdio[3]).write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });

  async function load(url, mark, viewport, timeoutMs = 120_000) {
    const { browserContextId } = await send('Target.createBrowserContext');
    let failure = null;
    try {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false }, sessionId);
      const { errorText } = await send('Page.navigate', { url }, sessionId);
      if (errorText) throw new Error(`${url}: ${errorText}`);
      const until = Date.now() + timeoutMs;
      const read = `performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? null`;
      for (;;) {
        // While the document is replaced, an evaluation can fail (its context is gone): it is tried again.
        const value = await send('Runtime.evaluate', { expression: read, returnByValue: true }, sessionId).then(
          (r) => r.result.value,
          (err) => {
            if (gone) throw err;
            return null;
          },
        );
        if (typeof value === 'number') return value;
        if (Date.now() > until) throw new Error(`${url}: no ${mark} after ${timeoutMs / 1000} s`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      // After a failure the context may be gone with the browser: the first error is the one worth reporting.
      await send('Target.disposeBrowserContext', { browserContextId }).catch((err) => {
        if (!failure) throw err;
      });
    }
  }

  async function close() {
    const exited = new Promise((done) =>
      child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', done),
    );
    await send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
  return { load, close };
}
