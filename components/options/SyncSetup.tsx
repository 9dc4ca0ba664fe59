import { useRef, useState } from 'preact/hooks';
import { probeSyncServer, turnOnSync } from '@/utils/sync/sync-client';
import { hostPattern } from '@/utils/saving/host-pattern';
import type { ProbeResult, SyncError, SyncStatus } from '@/utils/sync/sync-types';

/** A new library's passphrase is at least this long (it is all that protects the library on the server). */
export const MIN_PASSPHRASE = 10;

interface Fields {
  url: string;
  username: string;
  password: string;
  passphrase: string;
  repeat: string;
}

const EMPTY: Fields = { url: '', username: '', password: '', passphrase: '', repeat: '' };

const dbName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/\/+$/, '').split('/').pop() ?? '');
  } catch {
    return '';
  }
};

/**
 * Options → Sync while sync is off: the server, account and passphrase, then **Turn on sync**. The click asks
 * for the host permission of that one origin, checks the server, offers to create a missing database, asks
 * to repeat the passphrase for a new library only, and says in words what is wrong.
 */
export function SyncSetup({ onEnabled }: { onEnabled(s: SyncStatus): void }) {
  const [f, setF] = useState<Fields>(EMPTY);
  const [images, setImages] = useState(true);
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<SyncError | null>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const newLibrary = !!probe && !probe.hasLibrary;

  const field = (k: keyof Fields) => ({
    value: f[k],
    onInput: (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      setF((old) => ({ ...old, [k]: value }));
      // Another server or account: what the last check found no longer holds.
      if (k === 'url' || k === 'username' || k === 'password') setProbe(null);
    },
  });

  const fail = (e: SyncError) => {
    setError(e);
    setBusy(null);
  };

  /** Runs in the click (or Enter): the permission request must come before any await. */
  const start = (create: boolean) => {
    setError(null);
    const url = f.url.trim();
    let pattern: string;
    try {
      if (!/^https?:$/.test(new URL(url).protocol)) throw new TypeError('not a web address');
      pattern = hostPattern(url); // the server's host (match patterns have no port)
    } catch {
      return fail({ code: 'bad-url', message: 'Enter the Database URL, like https://host:6984/offprint-alice' });
    }
    if (!f.passphrase) return fail({ code: 'wrong-passphrase', message: 'Enter the sync passphrase.' });
    const host = new URL(url).host;
    setBusy(`Asking your browser for permission to reach ${host}…`);
    const granted = browser.permissions
      .request({ origins: [pattern] })
      .catch(() => false)
      .then((ok) => (ok && setBusy('Checking the server…'), ok));
    void proceed(granted, url, create);
  };

  const proceed = async (granted: Promise<boolean>, url: string, create: boolean) => {
    if (!(await granted))
      return fail({
        code: 'no-permission',
        message: `Offprint needs your permission to reach ${new URL(url).origin} to sync with it. Nothing was changed.`,
      });
    const server = { url, username: f.username.trim(), password: f.password };
    const probed = await probeSyncServer(server);
    if (!probed.ok) return fail(probed.error);
    const p = probed.probe;
    setProbe(p);
    if (!p.exists && !create) {
      setBusy(null);
      return; // the offer to create it shows; the user decides
    }
    if (!p.hasLibrary) {
      if (!f.repeat) {
        setBusy(null);
        repeatRef.current?.focus();
        return fail({
          code: 'other',
          message: 'This database holds no Offprint library yet. Type the passphrase again to start a new library.',
        });
      }
      if (f.repeat !== f.passphrase)
        return fail({ code: 'wrong-passphrase', message: 'The two passphrases differ. Type them again.' });
      if (f.passphrase.length < MIN_PASSPHRASE)
        return fail({
          code: 'wrong-passphrase',
          message:
            `Choose a passphrase of at least ${MIN_PASSPHRASE} characters: ` +
            'it alone protects your library on the server.',
        });
    }
    setBusy(p.hasLibrary ? 'Unlocking the library…' : 'Creating the library…');
    const r = await turnOnSync({ ...server, passphrase: f.passphrase, createDatabase: !p.exists, syncImages: images });
    if (!r.ok) {
      if (r.error.code === 'no-database') setProbe({ exists: false, hasLibrary: false, canCreate: true });
      return fail(r.error);
    }
    setBusy(null);
    setF(EMPTY); // the passphrase leaves this page with the form
    onEnabled(r.status);
  };

  const offerCreate = probe && !probe.exists && !busy;
  return (
    <form
      class="fields sync-form"
      aria-busy={!!busy}
      onSubmit={(e) => {
        e.preventDefault();
        start(false);
      }}
    >
      <p>
        Sync this library with your other browsers through a CouchDB server of your choosing. Everything is encrypted
        here with your passphrase before it leaves: the server never sees a title, address, tag or word.
      </p>
      <label>
        Database URL
        <input
          type="url"
          id="sync-url"
          required
          placeholder="https://host:6984/offprint-alice"
          autocomplete="url"
          spellcheck={false}
          {...field('url')}
        />
      </label>
      <div class="sync-pair">
        <label>
          User name
          <input type="text" id="sync-user" autocomplete="username" spellcheck={false} {...field('username')} />
        </label>
        <label>
          Password
          <input type="password" id="sync-password" autocomplete="current-password" {...field('password')} />
        </label>
      </div>
      <label>
        Sync passphrase
        <input
          type="password"
          id="sync-passphrase"
          required
          autocomplete="off"
          aria-describedby="sync-passphrase-note"
          {...field('passphrase')}
        />
        <small id="sync-passphrase-note">
          The same in every browser. It is never stored or sent, and <b>cannot be recovered</b>: without it nobody,
          including us, can read the synced library.
        </small>
      </label>
      {newLibrary && (
        <label>
          Repeat passphrase
          <input
            type="password"
            id="sync-repeat"
            required
            autocomplete="off"
            ref={repeatRef}
            aria-describedby="sync-repeat-note"
            {...field('repeat')}
          />
          <small id="sync-repeat-note">
            A new library: at least {MIN_PASSPHRASE} characters; a few unrelated words are easy to type and hard to
            guess.
          </small>
        </label>
      )}
      <label class="check">
        <input type="checkbox" id="sync-images-new" checked={images} onChange={() => setImages((v) => !v)} />
        <span>
          Sync images
          <small>Turn off to keep the server small; other browsers then show placeholders for images.</small>
        </span>
      </label>
      {offerCreate && (
        <div class="preview" id="sync-create-offer">
          <p>
            There is no database {dbName(f.url) ? <b>{dbName(f.url)}</b> : null} on this server yet. Offprint can create
            it{probe?.canCreate ? '' : ' if your account may'} and start a new library there.
          </p>
          <button type="button" class="primary" id="sync-create" onClick={() => start(true)}>
            Create the database and turn on sync
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" class="sync-live">
        {busy && <p id="sync-busy">{busy}</p>}
      </div>
      <div role="alert" class="sync-live">
        {error && (
          <p class="error" id="sync-setup-error" data-code={error.code}>
            {error.message}
          </p>
        )}
      </div>
      <div class="buttons">
        <button type="submit" class="primary" id="sync-on" disabled={!!busy}>
          Turn on sync
        </button>
      </div>
    </form>
  );
}
