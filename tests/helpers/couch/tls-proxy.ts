import crypto from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import { generate } from 'selfsigned';

export interface TlsProxy {
  /** `https://127.0.0.1:<port>/`: the same server as `target`, behind a certificate no browser trusts. */
  url: string;
  /** The certificate (PEM), for a client that should trust it. */
  cert: string;
  close(): Promise<void>;
}

/**
 * HTTPS on a free port of 127.0.0.1 in front of `target` (an http:// server root), with a self-signed
 * certificate made now, in memory (never written to disk or committed). For the TLS error path: a browser
 * refuses the certificate; a client given `cert` as its CA reaches the server through it.
 */
export async function startTlsProxy(target: string): Promise<TlsProxy> {
  const upstream = new URL(target);
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyPair: { privateKey, publicKey },
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ key: pems.private, cert: pems.cert }, (client) => {
    const up = net.connect(Number(upstream.port), upstream.hostname);
    for (const s of [client, up]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    client.on('error', () => up.destroy());
    up.on('error', () => client.destroy());
    client.on('close', () => up.destroy());
    up.on('close', () => client.destroy());
    client.pipe(up).pipe(client);
  });
  // A refused handshake (the browser's reaction to the certificate) is the expected case, not an error.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as net.AddressInfo).port}/`,
    cert: pems.cert,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
