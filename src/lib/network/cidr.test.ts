import { describe, expect, it } from 'vitest';
import { cidrContains, cidrEquals, isInternetCidr, parseCidr } from './cidr.js';

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', 4, 16, 0x0a000000n, 0x0a00ffffn],
    ['10.0.5.7/16', 4, 16, 0x0a000000n, 0x0a00ffffn],
    ['192.168.1.1', 4, 32, 0xc0a80101n, 0xc0a80101n],
    ['0.0.0.0/0', 4, 0, 0n, 0xffffffffn],
    ['::/0', 6, 0, 0n, (1n << 128n) - 1n],
    ['2001:db8::/32', 6, 32, 0x20010db8n << 96n, (0x20010db8n << 96n) + (1n << 96n) - 1n],
    ['::ffff:10.0.0.1/128', 6, 128, 0xffff0a000001n, 0xffff0a000001n],
    ['fe80:0:0:0:0:0:0:1/64', 6, 64, 0xfe80n << 112n, (0xfe80n << 112n) + (1n << 64n) - 1n],
  ])('%s', (cidr, family, prefix, start, end) => {
    expect(parseCidr(cidr)).toEqual({ family, prefix, start, end });
  });
  it.each(['', '10.0.0.0/33', '256.0.0.0/8', '10.0.0/8', '1::2::3/64', '2001:db8::/129', 'abc', '10.0.0.0/8/1', '1:2:3:4:5:6:7:8:9/64'])(
    'rejects %j',
    (cidr) => expect(parseCidr(cidr)).toBeUndefined(),
  );
});

describe('isInternetCidr', () => {
  it.each([
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['0::0/0', true],
    ['0.0.0.0/1', false],
    ['10.0.0.0/8', false],
    ['203.0.113.5/32', false],
    ['2000::/3', false],
    ['garbage', false],
    [undefined, false],
  ])('%s -> %s', (cidr, expected) => expect(isInternetCidr(cidr)).toBe(expected));
});

describe('cidrContains / cidrEquals', () => {
  it.each([
    ['10.0.0.0/16', '10.0.1.0/24', true],
    ['10.0.0.0/16', '10.0.0.0/16', true],
    ['10.0.1.0/24', '10.0.0.0/16', false],
    ['10.0.0.0/16', '10.1.0.0/24', false],
    ['0.0.0.0/0', '10.0.0.0/8', true],
    ['10.0.0.0/8', '2001:db8::/64', false],
    ['2001:db8::/32', '2001:db8:1::/48', true],
    ['2001:db8:1::/48', '2001:db8::/32', false],
    ['bad', '10.0.0.0/8', false],
  ])('%s contains %s: %s', (outer, inner, expected) => expect(cidrContains(outer, inner)).toBe(expected));
  it('compares blocks by the addresses they denote', () => {
    expect(cidrEquals('10.0.0.0/16', '10.0.9.9/16')).toBe(true);
    expect(cidrEquals('10.0.0.0/16', '10.0.0.0/17')).toBe(false);
    expect(cidrEquals('::/0', '0.0.0.0/0')).toBe(false);
  });
});
