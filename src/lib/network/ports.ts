/**
 * The services whose ports must not face the internet, as data: one table shared by the instance
 * checks (ec2_instance_port_<family>_exposed_to_internet), the security group checks
 * (ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_<family>_...) and any other service that
 * asks "is this port open to the world", so that they all agree on which ports a family has.
 *
 * Ports are the IANA / vendor defaults. Where a service also listens on UDP (memcached's UDP listener is
 * the one abused for amplification; Kerberos, CLDAP and NetBIOS are UDP first), the UDP ports are
 * part of the family too.
 */

export interface PortFamily {
  /** Key used in check ids: ssh, rdp, mysql... */
  id: string;
  /** Display name: "SSH", "MySQL". */
  name: string;
  tcp: readonly number[];
  udp: readonly number[];
}

const family = (id: string, name: string, tcp: number[], udp: number[] = []): PortFamily => ({ id, name, tcp, udp });

export const PORT_FAMILIES = {
  ssh: family('ssh', 'SSH', [22]),
  rdp: family('rdp', 'RDP (Remote Desktop)', [3389], [3389]),
  telnet: family('telnet', 'Telnet', [23]),
  ftp: family('ftp', 'FTP', [20, 21]),
  cifs: family('cifs', 'CIFS/SMB', [139, 445], [137, 138]),
  mysql: family('mysql', 'MySQL', [3306]),
  postgresql: family('postgresql', 'PostgreSQL', [5432]),
  sqlserver: family('sqlserver', 'Microsoft SQL Server', [1433, 1434], [1434]),
  oracle: family('oracle', 'Oracle Database', [1521, 2483, 2484]),
  mongodb: family('mongodb', 'MongoDB', [27017, 27018]),
  cassandra: family('cassandra', 'Cassandra', [7000, 7001, 7199, 8888, 9042, 9160]),
  kafka: family('kafka', 'Kafka', [9092]),
  memcached: family('memcached', 'Memcached', [11211], [11211]),
  redis: family('redis', 'Redis', [6379]),
  elasticsearch_kibana: family('elasticsearch_kibana', 'Elasticsearch/Kibana', [9200, 9300, 5601]),
  kerberos: family('kerberos', 'Kerberos', [88, 464, 749, 750], [88, 464, 750]),
  ldap: family('ldap', 'LDAP', [389, 636], [389]),
} as const satisfies Record<string, PortFamily>;

export type PortFamilyId = keyof typeof PORT_FAMILIES;

/**
 * TCP ports that should never face the internet unless a service is meant to be public there (SMTP,
 * POP3, RPC, IMAP, SMB, common development servers and proxies): the default of the
 * ec2_high_risk_ports parameter.
 */
export const DEFAULT_HIGH_RISK_TCP_PORTS: readonly number[] = [25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088];

/** One protocol and port interval. */
export interface PortRange {
  protocol: 'tcp' | 'udp';
  from: number;
  to: number;
}

/** The ranges of a family (one per port). */
export const familyRanges = (f: PortFamily): PortRange[] => [
  ...f.tcp.map((p): PortRange => ({ protocol: 'tcp', from: p, to: p })),
  ...f.udp.map((p): PortRange => ({ protocol: 'udp', from: p, to: p })),
];

/** Every TCP and UDP port. */
export const ALL_PORT_RANGES: readonly PortRange[] = [
  { protocol: 'tcp', from: 0, to: 65535 },
  { protocol: 'udp', from: 0, to: 65535 },
];

/** "TCP 22", "TCP 139, 445 and UDP 137, 138". */
export function describeFamilyPorts(f: PortFamily): string {
  const parts: string[] = [];
  if (f.tcp.length) parts.push(`TCP ${f.tcp.join(', ')}`);
  if (f.udp.length) parts.push(`UDP ${f.udp.join(', ')}`);
  return parts.join(' and ');
}

/** "TCP port 22", "UDP ports 0-65535". */
export const describeRange = (r: PortRange): string =>
  r.from === r.to ? `${r.protocol.toUpperCase()} port ${r.from}` : `${r.protocol.toUpperCase()} ports ${r.from}-${r.to}`;
