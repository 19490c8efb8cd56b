import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { loadBalancerAttributes, loadBalancers } from './collectors.js';

async function createLb(moto: Moto, region: string, name: string): Promise<string> {
  const ec2 = new EC2Client(moto.config(region));
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const subnets = await Promise.all(
    ['a', 'b'].map((az, n) =>
      ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId, CidrBlock: `10.0.${n}.0/24`, AvailabilityZone: `${region}${az}` })),
    ),
  );
  const elb = new ElasticLoadBalancingV2Client(moto.config(region));
  const res = await elb.send(new CreateLoadBalancerCommand({ Name: name, Scheme: 'internal', Subnets: subnets.map((s) => s.Subnet?.SubnetId ?? '') }));
  return res.LoadBalancers?.[0].LoadBalancerArn ?? '';
}

describe('elbv2 collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists load balancers and reads their attributes in each region', async () => {
    const web = await createLb(moto, 'us-east-1', 'web');
    const api = await createLb(moto, 'eu-west-1', 'api');
    await new ElasticLoadBalancingV2Client(moto.config('us-east-1')).send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: web,
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'access_logs.s3.bucket', Value: 'lb-logs' },
        ],
      }),
    );
    const inv = await collectFromMoto(moto, [loadBalancers, loadBalancerAttributes], ['us-east-1', 'eu-west-1']);
    expect(inv.get(loadBalancers, 'us-east-1')).toEqual({ ok: true, data: [{ arn: web, name: 'web', type: 'application', scheme: 'internal' }] });
    const east = inv.get(loadBalancerAttributes, 'us-east-1');
    expect(east.ok && east.data[web]).toMatchObject({ ok: true, data: { 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'lb-logs' } });
    const west = inv.get(loadBalancerAttributes, 'eu-west-1');
    // moto leaves access_logs.s3.enabled out until it is set; AWS always returns it ("false" by default).
    expect(west.ok && west.data[api]).toMatchObject({ ok: true, data: { 'access_logs.s3.bucket': '', 'deletion_protection.enabled': 'false' } });
    expect(west.ok && west.data[api].ok && west.data[api].data['access_logs.s3.enabled']).not.toBe('true');
  });
});

describe('elbv2 attribute errors (aws-sdk-client-mock)', () => {
  it('keeps a denied DescribeLoadBalancerAttributes as that load balancer\'s error', async () => {
    const mock = mockClient(ElasticLoadBalancingV2Client);
    try {
      mock.on(DescribeLoadBalancersCommand).resolves({
        LoadBalancers: [
          { LoadBalancerArn: 'arn:lb/app/a/1', LoadBalancerName: 'a', Type: 'application', Scheme: 'internal' },
          { LoadBalancerArn: 'arn:lb/app/b/2', LoadBalancerName: 'b', Type: 'application', Scheme: 'internal' },
        ],
      });
      mock.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: 'arn:lb/app/a/1' }).resolves({ Attributes: [{ Key: 'access_logs.s3.enabled', Value: 'false' }] });
      mock
        .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: 'arn:lb/app/b/2' })
        .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [loadBalancerAttributes]);
      const r = inv.get(loadBalancerAttributes);
      expect(r.ok && r.data['arn:lb/app/a/1']).toEqual({ ok: true, data: { 'access_logs.s3.enabled': 'false' } });
      expect(r.ok && r.data['arn:lb/app/b/2']).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'elasticloadbalancing:DescribeLoadBalancerAttributes' } });
    } finally {
      mock.restore();
    }
  });
});
