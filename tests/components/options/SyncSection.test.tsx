import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncSection } from '@/components/options/SyncSection';
import { SyncMark } from '@/components/popup/SyncMark';
import type { ProbeResult, SyncError, SyncStatus } from '@/utils/sync/sync-types';
import { SYNC_OFF } from '@/utils/sync/sync-types';
import { stubBrowserGaps } from '../../helpers/stub-browser';

/*
 * The Sync section against a scripted background (the engine behind the messages is tested in
 * tests/utils/sync/, and the whole thing in real browsers in tests/e2e/sync-*.e2e.test.ts).
 */

let root: HTMLDivElement;
let sent: { type: string; data: any }[];
let status: SyncStatus;
let probe: { ok: true; probe: ProbeResult } | { ok: false; error: SyncError };
let enable: (config: any) => { ok: true; status: SyncStatus } | { ok: false; error: SyncError };
let request: ReturnType<typeof vi.fn>;

const OFF = SYNC_OFF;
const ON: SyncStatus = {
  ...OFF,
  enabled: true,
  url: 'https://couch.example.test:6984/offprint-alice',
  username: 'alice',
  state: 'idle',
  firstSyncDone: true,
  lastSyncedAt: Date.now() - 5 * 60_000,
  pending: 3,
};

async function until<T>(check: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 1200));
    await new Promise((r) => setTimeout(r, 10));
  }
}
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const text = () => root.textContent ?? '';
const labelled = (label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.firstChild?.textContent?.trim() === label);
  return l?.querySelector('input') ?? null;
};
function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no such field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function fill(passphrase = 'correct horse battery staple') {
  type(labelled('Database URL'), 'https://couch.example.test:6984/offprint-alice');
  type(labelled('User name'), 'alice');
  type(labelled('Password'), 'pw');
  type(labelled('Sync passphrase'), passphrase);
}
/** Lets Preact render what was typed (a person types slower than this), then submits the form. */
const rendered = () => new Promise((r) => setTimeout(r, 0));
const turnOn = async () => {
  await rendered();
  $<HTMLFormElement>('form.sync-form')!.requestSubmit($<HTMLButtonElement>('#sync-on'));
};
const types = () => sent.map((m) => m.type);

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ granted: true });
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as any).request = request;
  sent = [];
  status = OFF;
  probe = { ok: true, probe: { exists: true, hasLibrary: false, canCreate: false } };
  enable = (config) => {
    status = { ...ON, url: config.url, username: config.username, state: 'syncing', firstSyncDone: false };
    return { ok: true, status };
  };
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; data: any }) => {
    sent.push(msg);
    // Replies as the background sends them: { ok: true, … } or a failure with its code and words.
    const failure = (r: { ok: false; error: SyncError }) => ({
      ok: false,
      error: r.error.code,
      message: r.error.message,
    });
    const reply: Record<string, () => unknown> = {
      'sync:status': () => ({ ok: true, status }),
      'sync:probe': () => (probe.ok ? probe : failure(probe)),
      'sync:enable': () => {
        const r = enable(msg.data);
        return r.ok ? r : failure(r);
      },
      'sync:now': () => ({
        ok: true,
        status: (status = { ...status, pending: 0, lastError: null, lastSyncedAt: Date.now() }),
      }),
      'sync:images': () => ({ ok: true, status: (status = { ...status, syncImages: msg.data.on }) }),
      'sync:disable': () => ({ ok: true, status: (status = OFF) }),
    };
    return Promise.resolve(reply[msg.type]?.());
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('Options → Sync, turning sync on', () => {
  it('has the labelled fields and no "Repeat passphrase" until the server turns out to hold no library', async () => {
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    for (const l of ['Database URL', 'User name', 'Password', 'Sync passphrase']) expect(labelled(l)).not.toBeNull();
    expect(labelled('Repeat passphrase')).toBeNull();
    expect($('#sync-on')!.textContent).toBe('Turn on sync');
    expect(labelled('Password')!.type).toBe('password');
    expect(labelled('Sync passphrase')!.type).toBe('password');
  });

  it('asks for that one origin from the click, then a new library needs the passphrase twice, turns on', async () => {
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    await turnOn();
    // The permission is asked in the click itself, before any message to the background.
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.test/*'] });
    expect(types()).not.toContain('sync:probe');
    await until(() => labelled('Repeat passphrase'));
    expect(sent.find((m) => m.type === 'sync:probe')!.data).toEqual({
      url: 'https://couch.example.test:6984/offprint-alice',
      username: 'alice',
      password: 'pw',
    });
    expect($('#sync-setup-error')!.textContent).toMatch(/no Offprint library yet/);
    expect(types()).not.toContain('sync:enable');

    type(labelled('Repeat passphrase'), 'correct horse battery stapel');
    await turnOn();
    await until(() => $('#sync-setup-error')?.textContent?.includes('differ'));
    expect(types()).not.toContain('sync:enable');

    type(labelled('Repeat passphrase'), 'correct horse battery staple');
    await turnOn();
    await until(() => $('#sync-target'));
    const en = sent.find((m) => m.type === 'sync:enable')!.data;
    expect(en).toEqual({
      url: 'https://couch.example.test:6984/offprint-alice',
      username: 'alice',
      password: 'pw',
      passphrase: 'correct horse battery staple',
      createDatabase: false,
      syncImages: true,
    });
    expect(text()).toContain('Syncing with https://couch.example.test:6984/offprint-alice as alice.');
    expect(text()).toContain('First sync: starting…');
    // The passphrase does not stay in the page.
    expect(root.innerHTML).not.toContain('correct horse');
  });

  it('refuses a short passphrase for a new library', async () => {
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill('short');
    await turnOn();
    await until(() => labelled('Repeat passphrase'));
    type(labelled('Repeat passphrase'), 'short');
    await turnOn();
    await until(() => $('#sync-setup-error')?.textContent?.includes('at least 10 characters'));
    expect(types()).not.toContain('sync:enable');
  });

  it('asks once for an existing library and says so when the passphrase is wrong', async () => {
    probe = { ok: true, probe: { exists: true, hasLibrary: true, canCreate: false } };
    enable = () => ({
      ok: false,
      error: { code: 'wrong-passphrase', message: 'This passphrase does not open the library in this database.' },
    });
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill('not the passphrase at all');
    await turnOn();
    const err = await until(() => $('#sync-setup-error'));
    expect(err.textContent).toBe('This passphrase does not open the library in this database.');
    expect(err.closest('[role=alert]')).not.toBeNull();
    expect(labelled('Repeat passphrase')).toBeNull();
    expect($('#sync-target')).toBeNull();
    expect($<HTMLButtonElement>('#sync-on')!.disabled).toBe(false);
  });

  it('says nothing was changed when the permission is refused, and asks the background nothing', async () => {
    request.mockResolvedValue(false);
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    await turnOn();
    const err = await until(() => $('#sync-setup-error'));
    expect(err.textContent).toMatch(/needs your permission to reach https:\/\/couch\.example\.test:6984/);
    expect(types().filter((t) => t !== 'sync:status')).toEqual([]);
  });

  it.each([
    ['unreachable', 'The server did not answer: it may be down, or the address is wrong.'],
    ['unauthorized', 'The server refused the user name or password (401).'],
    ['forbidden', 'This account may not use that database (403).'],
    ['not-couchdb', 'Something answered at this address, but it is not a CouchDB database.'],
  ] as const)('shows a %s probe in words', async (code, message) => {
    probe = { ok: false, error: { code, message } };
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    await turnOn();
    const err = await until(() => $('#sync-setup-error'));
    expect(err.textContent).toBe(message);
    expect(err.dataset.code).toBe(code);
    expect(types()).not.toContain('sync:enable');
  });

  it('offers to create a missing database, and creates it only when the user clicks', async () => {
    probe = { ok: true, probe: { exists: false, hasLibrary: false, canCreate: true } };
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    await turnOn();
    const offer = await until(() => $('#sync-create-offer'));
    expect(offer.textContent).toMatch(/no database offprint-alice on this server yet/);
    expect(types()).not.toContain('sync:enable');
    type(labelled('Repeat passphrase'), 'correct horse battery staple');
    request.mockClear();
    await rendered();
    $<HTMLButtonElement>('#sync-create')!.click();
    expect(request).toHaveBeenCalledTimes(1);
    await until(() => $('#sync-target'));
    expect(sent.find((m) => m.type === 'sync:enable')!.data.createDatabase).toBe(true);
  });

  it('says when the account may not create the database', async () => {
    probe = { ok: true, probe: { exists: false, hasLibrary: false, canCreate: true } };
    enable = () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'This account may not create databases. Ask the server’s admin to create it.',
      },
    });
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    await turnOn();
    await until(() => $('#sync-create'));
    type(labelled('Repeat passphrase'), 'correct horse battery staple');
    await rendered();
    $<HTMLButtonElement>('#sync-create')!.click();
    await until(() => $('#sync-setup-error')?.textContent?.includes('may not create databases'));
  });

  it('checks the Database URL before asking anything', async () => {
    render(<SyncSection />, root);
    await until(() => $('#sync-on'));
    fill();
    type(labelled('Database URL'), 'ftp://couch.example.test/db');
    await turnOn();
    await until(() => $('#sync-setup-error')?.textContent?.includes('Enter the Database URL'));
    expect(request).not.toHaveBeenCalled();
  });
});

describe('Options → Sync, while on', () => {
  it('shows last synced, changes waiting and the last error in words; Sync now clears it', async () => {
    status = {
      ...ON,
      state: 'error',
      lastError: { code: 'unauthorized', message: 'The server refused the user name or password (401).' },
    };
    render(<SyncSection />, root);
    await until(() => $('#sync-target'));
    expect($('#sync-last')!.textContent).toBe('Last synced 5 minutes ago.');
    expect($('#sync-pending')!.textContent).toBe('3 changes waiting to be sent.');
    expect($('#sync-error')!.textContent).toMatch(/refused the user name or password \(401\).*new password/);
    expect($('#sync-error')!.closest('[role=alert]')).not.toBeNull();
    expect($('#sync-status')!.getAttribute('aria-live')).toBe('polite');
    $<HTMLButtonElement>('#sync-now')!.click();
    await until(() => !$('#sync-error'));
    expect(types()).toContain('sync:now');
    expect($('#sync-last')!.textContent).toBe('Last synced just now.');
    expect($('#sync-pending')!.textContent).toBe('No changes waiting.');
  });

  it('shows the first sync’s progress as "1,240 / 10,000 articles"', async () => {
    status = {
      ...ON,
      state: 'syncing',
      firstSyncDone: false,
      lastSyncedAt: null,
      progress: { phase: 'apply', done: 1240, total: 10000 },
    };
    render(<SyncSection />, root);
    await until(() => $('#sync-progress'));
    expect($('#sync-progress')!.textContent).toBe('First sync: 1,240 / 10,000 articles');
    expect($<HTMLProgressElement>('#sync-status progress')!.value).toBe(1240);
    expect($<HTMLButtonElement>('#sync-now')!.disabled).toBe(true);
    status = { ...status, progress: { phase: 'apply', done: 2480, total: 10000 } };
    await until(() => $('#sync-progress')!.textContent === 'First sync: 2,480 / 10,000 articles');
  });

  it('turns image sync off for this browser', async () => {
    status = ON;
    render(<SyncSection />, root);
    const box = await until(() => $<HTMLInputElement>('#sync-images'));
    expect(box.checked).toBe(true);
    box.click();
    await until(() => sent.some((m) => m.type === 'sync:images' && m.data.on === false));
    await until(() => !$<HTMLInputElement>('#sync-images')!.checked);
  });

  it('asks before turning off, then shows the empty form again', async () => {
    status = ON;
    render(<SyncSection />, root);
    await until(() => $('#sync-off'));
    $<HTMLButtonElement>('#sync-off')!.click();
    await until(() => $('#sync-off-confirm'));
    expect($('#sync-off-confirm')!.textContent).toMatch(/library stays/);
    await until(() => document.activeElement?.id === 'sync-off-yes'); // focus moves to the question's answer
    $<HTMLButtonElement>('#sync-off-no')!.click();
    await until(() => !$('#sync-off-confirm'));
    expect(types()).not.toContain('sync:disable');
    $<HTMLButtonElement>('#sync-off')!.click();
    (await until(() => $<HTMLButtonElement>('#sync-off-yes'))).click();
    await until(() => $('#sync-on'));
    expect(types()).toContain('sync:disable');
    expect(labelled('Database URL')!.value).toBe('');
  });
});

describe('popup: the sync mark', () => {
  it('shows nothing while sync is off or well', async () => {
    status = ON;
    render(<SyncMark />, root);
    await until(() => types().includes('sync:status'));
    await new Promise((r) => setTimeout(r, 30));
    expect(root.innerHTML).toBe('');
  });

  it('while sync fails: a mark named after the problem, linking to the Sync section', async () => {
    status = { ...ON, state: 'error', lastError: { code: 'unreachable', message: 'The server did not answer.' } };
    render(<SyncMark />, root);
    const mark = await until(() => $<HTMLAnchorElement>('#sync-mark'));
    expect(mark.getAttribute('href')).toBe('/options.html#sync');
    expect(mark.getAttribute('aria-label')).toBe('Sync is failing: The server did not answer. Open the sync settings.');
  });
});
