import { describe, expect, it } from 'vitest';
import { ipAddressRecognizer } from './ip-address';
import { detectedTexts } from '../test-support';

describe('ipAddressRecognizer', () => {
  it.each([
    ['logged in from 192.168.10.24.', ['192.168.10.24']],
    ['IP 8.8.8.8', ['8.8.8.8']],
    ['ip 2001:0db8:85a3:0000:0000:8a2e:0370:7334', ['2001:0db8:85a3:0000:0000:8a2e:0370:7334']],
    ['ip fe80::1ff:fe23:4567:890a', ['fe80::1ff:fe23:4567:890a']],
  ])('finds the address in %j', async (text, expected) => {
    expect(await detectedTexts([ipAddressRecognizer], text)).toEqual(expected);
  });

  it.each([['256.1.1.1'], ['1.2.3'], ['version 1.2.3.4.5'], ['time 10:30'], ['a :: b']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([ipAddressRecognizer], text)).toEqual([]);
  });
});
