import { createPatternRecognizer } from '../pattern-recognizer';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const HEXTET = String.raw`[0-9a-f]{1,4}`;

export const ipAddressRecognizer = createPatternRecognizer({
  name: 'ip-address',
  labels: ['URL'],
  patterns: [
    {
      name: 'IPv4',
      regex: new RegExp(String.raw`(?<![\w.])${OCTET}(?:\.${OCTET}){3}(?![\w]|\.\d)`, 'g'),
      score: 0.6,
    },
    {
      name: 'IPv6 full',
      regex: new RegExp(String.raw`(?<![\w:])${HEXTET}(?::${HEXTET}){7}(?![\w:])`, 'gi'),
      score: 0.8,
    },
    {
      name: 'IPv6 compressed',
      regex: new RegExp(String.raw`(?<![\w:])(?:${HEXTET}(?::${HEXTET}){0,5})?::(?:${HEXTET}(?::${HEXTET}){0,5})?(?![\w:])`, 'gi'),
      score: 0.6,
    },
  ],
  context: ['ip', 'address', 'ipv4', 'ipv6', 'host', 'logged', 'login', 'device'],
  validate: ({ text }) => text !== '::' && (!text.includes(':') || /[0-9a-f]{1,4}:.*[0-9a-f]/i.test(text)),
});
