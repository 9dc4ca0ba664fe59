import { describe, expect, it } from 'vitest';
import { addressClass, privateTargetReason, type AddressPolicy } from '@/utils/saving/private-address';
import { guardRules } from '@/utils/saving/request-guard';

const production: AddressPolicy = { allowLoopback: false, allowPrivate: false, allowedOrigins: [] };
const e2e: AddressPolicy = { ...production, allowLoopback: true };

describe('addressClass', () => {
  it.each([
    ['http://127.0.0.1:8080/x', 'loopback'],
    ['http://127.1.2.3/', 'loopback'],
    ['http://localhost/', 'loopback'],
    ['http://app.localhost/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.1/admin', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://0.0.0.0/', 'private'],
    ['http://[fd00::1]/', 'private'],
    ['http://[fe80::1]/', 'private'],
    ['http://[::ffff:192.168.0.1]/', 'private'],
    ['http://printer.local/', 'private'],
    ['http://nas.home.arpa/', 'private'],
    ['http://intranet/', 'private'],
    ['http://router./', 'private'],
    ['https://example.com/', null],
    ['http://172.32.0.1/', null],
    ['http://8.8.8.8/', null],
    ['http://[2001:db8::1]/', null],
    ['https://localhost.example.com/', null],
  ])('%s is %s', (url, kind) => expect(addressClass(url)).toBe(kind));
});

describe('privateTargetReason', () => {
  it('refuses loopback and private targets in production, in words', () => {
    expect(privateTargetReason('http://127.0.0.1/', production)).toMatch(/on this computer/);
    expect(privateTargetReason('http://192.168.1.1/', production)).toMatch(/local network.*Options → Permissions/);
    expect(privateTargetReason('https://example.com/', production)).toBeNull();
  });
  it('the e2e build allows loopback only', () => {
    expect(privateTargetReason('http://127.0.0.1:4000/', e2e)).toBeNull();
    expect(privateTargetReason('http://localhost:4000/', e2e)).toBeNull();
    expect(privateTargetReason('http://10.0.0.1/', e2e)).toMatch(/local network/);
  });
  it('the intranet option allows every private target', () => {
    const intranet = { ...production, allowPrivate: true };
    for (const url of ['http://192.168.1.1/', 'http://intranet/', 'http://127.0.0.1/'])
      expect(privateTargetReason(url, intranet)).toBeNull();
  });
  it('the sync server the user configured is exempt (its origin only)', () => {
    const sync = { ...production, allowedOrigins: ['http://192.168.1.5:5984'] };
    expect(privateTargetReason('http://192.168.1.5:5984/offprint/_changes', sync)).toBeNull();
    expect(privateTargetReason('http://192.168.1.5/admin', sync)).toMatch(/local network/);
  });
});

describe('guardRules (declarativeNetRequest session rules)', () => {
  const rx = (p: AddressPolicy) =>
    guardRules(p, 'ext')
      .filter((r) => r.action.type === 'block')
      .map((r) => new RegExp(r.condition.regexFilter!, 'i'));
  const blocked = (p: AddressPolicy, url: string) => rx(p).some((r) => r.test(url));
  it('blocks what addressClass calls private, only for Offprint’s own requests', () => {
    for (const r of guardRules(production, 'ext')) expect(r.condition.initiatorDomains).toEqual(['ext']);
    for (const url of [
      'http://10.1.2.3/',
      'http://192.168.0.1:8080/x',
      'http://169.254.169.254/',
      'http://printer.local/',
      'http://intranet/',
      'http://[fd00::1]/',
      'http://127.0.0.1/',
      'http://localhost:3000/',
    ])
      expect(blocked(production, url), url).toBe(true);
    for (const url of ['https://example.com/', 'http://172.32.0.1/', 'https://news.example.co.uk/a?b=10.0.0.1'])
      expect(blocked(production, url), url).toBe(false);
  });
  it('keeps loopback open in the e2e build, and nothing blocked with the intranet option', () => {
    expect(blocked(e2e, 'http://127.0.0.1:4000/')).toBe(false);
    expect(blocked(e2e, 'http://10.0.0.1/')).toBe(true);
    expect(guardRules({ ...production, allowPrivate: true }, 'ext')).toEqual([]);
  });
  it('allows an exempt origin (sync server) with a higher-priority rule', () => {
    const allow = guardRules({ ...production, allowedOrigins: ['http://192.168.1.5:5984'] }, 'ext').find(
      (r) => r.action.type === 'allow',
    )!;
    expect(allow).toMatchObject({
      priority: 2,
      condition: { requestDomains: ['192.168.1.5'], initiatorDomains: ['ext'] },
    });
  });
});
