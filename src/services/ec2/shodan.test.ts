import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { AllocateAddressCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { addresses, shodanLookups } from './collectors.js';

// Never the real Shodan: a loopback HTTP server plays it, reached through PROWL_SHODAN_API_URL.
const KEY = 'shodan-test-key-' + 'Qx81Zp';

describe('Shodan lookups of Elastic IPs (moto for the addresses, a local stub for Shodan)', () => {
  let moto: Moto;
  let server: Server;
  const requests: string[] = [];
  const answers: Record<string, { status: number; body?: unknown }> = {};
  const saved = process.env.PROWL_SHODAN_API_URL;
  beforeAll(async () => {
    moto = await startMoto();
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.searchParams.get('key') !== KEY) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Invalid API key"}');
      const a = answers[url.pathname.replace('/shodan/host/', '')] ?? { status: 404, body: { error: 'No information available for that IP.' } };
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    process.env.PROWL_SHODAN_API_URL = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.PROWL_SHODAN_API_URL;
    else process.env.PROWL_SHODAN_API_URL = saved;
    await new Promise((resolve) => server?.close(resolve));
    await moto?.stop();
  });

  it('looks nothing up without shodan_api_key', async () => {
    const ec2 = new EC2Client(moto.config());
    await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const inv = await collectFromMoto(moto, [addresses, shodanLookups]);
    expect(inv.get(shodanLookups)).toEqual({ ok: true, data: { configured: false } });
    expect(requests).toEqual([]);
  }, 180_000); // the first EC2 call of a fresh moto is slow on a loaded machine

  it('with a key, records what Shodan knows of each address, keeps no key, and turns a refused key into a per-address denial', async () => {
    const ec2 = new EC2Client(moto.config());
    await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const inv0 = await collectFromMoto(moto, [addresses]);
    const ips = (inv0.get(addresses) as { ok: true; data: Array<{ publicIp: string }> }).data.map((a) => a.publicIp);
    expect(ips.length).toBe(2);
    answers[ips[0]] = { status: 200, body: { ip_str: ips[0], ports: [443, 22], isp: 'Amazon.com', country_name: 'United States' } };

    const inv = await collectFromMoto(moto, [addresses, shodanLookups], ['us-east-1'], 'us-east-1', { settings: { shodan_api_key: KEY } });
    expect(inv.get(shodanLookups)).toEqual({
      ok: true,
      data: {
        configured: true,
        hosts: {
          [ips[0]]: { ok: true, data: { listed: true, ports: [22, 443], isp: 'Amazon.com', country: 'United States' } },
          [ips[1]]: { ok: true, data: { listed: false } },
        },
      },
    });
    expect(requests.every((r) => r.startsWith('/shodan/host/'))).toBe(true);
    expect(JSON.stringify(inv)).not.toContain(KEY);

    const wrong = await collectFromMoto(moto, [addresses, shodanLookups], ['us-east-1'], 'us-east-1', { settings: { shodan_api_key: 'not-the-key' } });
    const r = wrong.get(shodanLookups);
    expect(r.ok && r.data.configured && r.data.hosts[ips[0]]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'shodan:HostLookup' } });
    expect(JSON.stringify(wrong)).not.toContain('not-the-key');
  });
});
