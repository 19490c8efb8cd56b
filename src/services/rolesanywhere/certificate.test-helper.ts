/**
 * Builds small self-signed X.509 certificates (DER by hand) for the trust anchor tests: the system's
 * OpenSSL cannot make ML-DSA certificates, Node can make ML-DSA keys and signatures.
 */
import { generateKeyPairSync, sign } from 'node:crypto';

const len = (n: number): Buffer => (n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]));
const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
};
const name = (cn: string) => seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn)))));
const time = (d: string) => tlv(0x17, Buffer.from(d));

/** A PEM self-signed CA certificate with a new key of the given type ('ml-dsa-65', 'ec', 'rsa'). */
export function selfSignedPem(type: 'ml-dsa-44' | 'ml-dsa-65' | 'ml-dsa-87' | 'ec' | 'rsa', cn = 'test-ca'): string {
  const { publicKey, privateKey } =
    type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' }) : type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync(type as 'ml-dsa-44');
  const sigAlg =
    type === 'ec'
      ? seq(oid('1.2.840.10045.4.3.2'))
      : type === 'rsa'
        ? seq(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]))
        : seq(oid(`2.16.840.1.101.3.4.3.${{ 'ml-dsa-44': 17, 'ml-dsa-65': 18, 'ml-dsa-87': 19 }[type]}`));
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([1])),
    sigAlg,
    name(cn),
    seq(time('260101000000Z'), time('360101000000Z')),
    name(cn),
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign(type === 'ec' || type === 'rsa' ? 'sha256' : null, tbs, privateKey);
  const der = seq(tbs, sigAlg, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`;
}
