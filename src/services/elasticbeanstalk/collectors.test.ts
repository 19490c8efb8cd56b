import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateApplicationCommand,
  CreateEnvironmentCommand,
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { environmentSettings, environments } from './collectors.js';

describe('elasticbeanstalk collectors', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists environments against moto', async () => {
    const eb = new ElasticBeanstalkClient(moto.config());
    await eb.send(new CreateApplicationCommand({ ApplicationName: 'shop' }));
    await eb.send(new CreateEnvironmentCommand({ ApplicationName: 'shop', EnvironmentName: 'shop-prod', SolutionStackName: '64bit Amazon Linux 2023 v4.0.0 running Python 3.11' }));
    const inv = await collectFromMoto(moto, [environments]);
    const envs = inv.get(environments, 'us-east-1');
    expect(envs.ok && envs.data.map((e) => [e.name, e.applicationName, e.arn])).toEqual([
      ['shop-prod', 'shop', 'arn:aws:elasticbeanstalk:us-east-1:123456789012:environment/shop/shop-prod'],
    ]);
  });

  it('keeps only the judged options of each environment, never its environment properties (aws-sdk-client-mock: moto lacks DescribeConfigurationSettings)', async () => {
    const mock = mockClient(ElasticBeanstalkClient);
    const arn = 'arn:aws:elasticbeanstalk:us-east-1:123456789012:environment/shop/prod';
    mock.on(DescribeEnvironmentsCommand).resolves({ Environments: [{ EnvironmentId: 'e-1', EnvironmentName: 'prod', ApplicationName: 'shop', EnvironmentArn: arn, Status: 'Ready' }] });
    mock.on(DescribeConfigurationSettingsCommand, { ApplicationName: 'shop', EnvironmentName: 'prod' }).resolves({
      ConfigurationSettings: [
        {
          OptionSettings: [
            { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'StreamLogs', Value: 'true' },
            { Namespace: 'aws:elasticbeanstalk:healthreporting:system', OptionName: 'SystemType', Value: 'enhanced' },
            { Namespace: 'aws:elasticbeanstalk:application:environment', OptionName: 'DB_PASSWORD', Value: 'not-for-the-inventory' },
          ],
        },
      ],
    });
    try {
      const inv = await collectFromMoto(moto, [environments, environmentSettings]);
      expect(inv.get(environmentSettings, 'us-east-1')).toEqual({
        ok: true,
        data: { [arn]: { ok: true, data: { 'aws:elasticbeanstalk:cloudwatch:logs:StreamLogs': 'true', 'aws:elasticbeanstalk:healthreporting:system:SystemType': 'enhanced' } } },
      });
      expect(JSON.stringify(inv.get(environmentSettings, 'us-east-1'))).not.toContain('not-for-the-inventory');
    } finally {
      mock.restore();
    }
  });
});
