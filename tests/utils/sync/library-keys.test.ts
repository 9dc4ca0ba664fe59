// @vitest-environment node
import { createCipheriv, createHmac, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createLibrary,
  deriveLibraryKeys,
  HKDF_INFO,
  KDF_ITERATIONS,
  LibraryFormatError,
  unlockLibrary,
  validateLibraryDoc,
  WrongPassphraseError,
  type KdfParams,
} from '@/utils/sync/library-keys';
import { openBytes, openJson, sealBytes, sealJson, UndecryptableError } from '@/utils/sync/seal';
import { attachmentNameOf, docIdOf } from '@/utils/sync/doc-ids';

const PASS = 'correct horse battery staple';
const SALT = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const KDF: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: SALT.toString('base64') };
const IV = Buffer.from('101112131415161718191a1b', 'hex');

/** The same scheme written with Node's crypto module: an independent implementation to compare with. */
function nodeKeys(pass: string, salt: Buffer, iterations: number) {
  const master = pbkdf2Sync(pass.normalize('NFC'), salt, iterations, 32, 'sha256');
  const hk = (info: string, n: number) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, n));
  return { enc: hk(HKDF_INFO.enc, 32), mac: hk(HKDF_INFO.mac, 32), check: hk(HKDF_INFO.check, 16) };
}

describe('key derivation (known answers)', () => {
  it('derives PBKDF2-SHA-256 as RFC 7914 §11 says (the primitive under the scheme)', async () => {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('passwd'), 'PBKDF2', false, [
      'deriveBits',
    ]);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode('salt'), iterations: 1 },
      key,
      512,
    );
    expect(Buffer.from(bits).toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('gives the pinned key check value, ciphertext and document id for a fixed passphrase, salt and IV', async () => {
    // Pinned: a change here would lock every existing library out. Computed once with Node's crypto module.
    const { keys, check } = await deriveLibraryKeys(PASS, KDF);
    expect(check).toBe('YG5sWliLxa3hu9GarL4i8g==');
    const sealed = await sealJson(keys.enc, { gid: 'g1' }, 'd-doc', IV);
    expect(sealed).toEqual({ iv: IV.toString('base64'), ct: 'Wg1k0kfhtnZylcucyHc0VkficIkgX7E+dlZ9Ag==' });
    expect(await docIdOf(keys.mac, 'a', 'g1')).toBe('da1c3c781013c8fb0365b792b0e93ba3016e1077b');
  });

  it('agrees with an independent implementation (Node crypto) for other inputs', async () => {
    const pass = 'Ünïcode pässphrase ✓';
    const salt = Buffer.from('ffeeddccbbaa99887766554433221100', 'hex');
    const kdf: KdfParams = { ...KDF, salt: salt.toString('base64'), iterations: 2000 };
    const ref = nodeKeys(pass, salt, 2000);
    const { keys, check } = await deriveLibraryKeys(pass, kdf);
    expect(check).toBe(ref.check.toString('base64'));
    const plain = Buffer.from('the body of an article, bytes and all \u0000\u00ff');
    const ours = await sealBytes(keys.enc, plain, 'aad-1', IV);
    const c = createCipheriv('aes-256-gcm', ref.enc, IV).setAAD(Buffer.from('aad-1'));
    const theirs = Buffer.concat([IV, c.update(plain), c.final(), c.getAuthTag()]);
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
    const hmac = createHmac('sha256', ref.mac).update('att\ng9\nbody').digest('hex').slice(0, 40);
    expect(await attachmentNameOf(keys.mac, 'g9', 'body')).toBe('f' + hmac);
  });

  it('makes non-extractable keys', async () => {
    const { keys } = await deriveLibraryKeys(PASS, KDF);
    expect(keys.enc.extractable).toBe(false);
    expect(keys.mac.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.enc)).rejects.toThrow();
  });
});

describe('library document', () => {
  it('creates a library with at least 600,000 iterations, a random salt and no secret in it', async () => {
    const a = await createLibrary(PASS);
    const b = await createLibrary(PASS);
    expect(a.doc.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.doc.kdf.salt).not.toBe(b.doc.kdf.salt);
    expect(JSON.stringify(a.doc)).not.toContain(PASS);
    // The real iteration count opens with the right passphrase and refuses a wrong one.
    expect((await unlockLibrary(a.doc, PASS)).enc.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(unlockLibrary(a.doc, PASS + ' ')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a library document that is foreign, newer, damaged or weakened', () => {
    const ok = {
      _id: 'offprint-library',
      format: 'offprint-sync',
      version: 1,
      kdf: { ...KDF, iterations: 600_000 },
      cipher: 'AES-256-GCM',
      check: 'x',
    };
    expect(validateLibraryDoc(ok)).toBe(ok);
    for (const bad of [
      null,
      { ...ok, format: 'other' },
      { ...ok, version: 2 },
      { ...ok, kdf: { ...ok.kdf, salt: 'AAAA' } },
      { ...ok, kdf: { ...ok.kdf, iterations: 1000 } },
      { ...ok, check: undefined },
    ])
      expect(() => validateLibraryDoc(bad)).toThrow(LibraryFormatError);
  });
});

describe('sealing documents and attachments', () => {
  it('uses a fresh IV every time, so the same plaintext never gives the same ciphertext', async () => {
    const { keys } = await deriveLibraryKeys(PASS, KDF);
    const a = await sealJson(keys.enc, { t: 1 }, 'doc');
    const b = await sealJson(keys.enc, { t: 1 }, 'doc');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(await openJson(keys.enc, a, 'doc')).toEqual({ t: 1 });
  });

  it('rejects a modified, truncated, moved or wrongly keyed ciphertext, never returning its plaintext', async () => {
    const { keys } = await deriveLibraryKeys(PASS, KDF);
    const other = (await deriveLibraryKeys('another passphrase', KDF)).keys;
    const sealed = await sealBytes(keys.enc, new TextEncoder().encode('secret title'), 'doc-1');
    const flipped = sealed.slice();
    flipped[20] ^= 1;
    await expect(openBytes(keys.enc, flipped, 'doc-1')).rejects.toBeInstanceOf(UndecryptableError);
    await expect(openBytes(keys.enc, sealed.subarray(0, sealed.length - 1), 'doc-1')).rejects.toBeInstanceOf(
      UndecryptableError,
    );
    await expect(openBytes(keys.enc, sealed.subarray(0, 10), 'doc-1')).rejects.toBeInstanceOf(UndecryptableError);
    await expect(openBytes(keys.enc, sealed, 'doc-2')).rejects.toBeInstanceOf(UndecryptableError);
    await expect(openBytes(other.enc, sealed, 'doc-1')).rejects.toBeInstanceOf(UndecryptableError);
    const json = await sealJson(keys.enc, { title: 'secret' }, 'doc-1');
    const ct = Buffer.from(json.ct, 'base64');
    ct[0] ^= 0x80;
    await expect(openJson(keys.enc, { ...json, ct: ct.toString('base64') }, 'doc-1')).rejects.toBeInstanceOf(
      UndecryptableError,
    );
    await expect(openJson(keys.enc, { iv: json.iv }, 'doc-1')).rejects.toBeInstanceOf(UndecryptableError);
    await expect(openJson(keys.enc, { iv: '!!', ct: json.ct }, 'doc-1')).rejects.toBeInstanceOf(UndecryptableError);
  });

  it('derives different document ids for different kinds and articles, the same in every browser', async () => {
    const { keys } = await deriveLibraryKeys(PASS, KDF);
    const again = (await deriveLibraryKeys(PASS, KDF)).keys;
    const ids = await Promise.all([
      docIdOf(keys.mac, 'a', 'g1'),
      docIdOf(keys.mac, 'i', 'g1'),
      docIdOf(keys.mac, 'a', 'g2'),
    ]);
    expect(new Set(ids).size).toBe(3);
    expect(await docIdOf(again.mac, 'a', 'g1')).toBe(ids[0]);
    expect(ids.every((id) => /^d[0-9a-f]{40}$/.test(id))).toBe(true);
  });
});
