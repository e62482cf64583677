import type { CdnState, DomainRecord } from './cdn-state.js';

/** A domain as DescribeVodUserDomains lists it. */
export function domainListItem(domain: DomainRecord): Record<string, unknown> {
  return {
    GmtCreated: domain.GmtCreated,
    SslProtocol: domain.SSLProtocol,
    ...(domain.Description ? { Description: domain.Description } : {}),
    Sandbox: 'normal',
    Cname: domain.Cname,
    DomainStatus: domain.DomainStatus,
    GmtModified: domain.GmtModified,
    DomainName: domain.DomainName,
    Sources: domain.Sources.map((source) => ({ Type: source.Type, Priority: source.Priority, Port: source.Port, Content: source.Content })),
  };
}

/** A domain as DescribeVodDomainDetail returns it; the certificate's public part only. */
export function domainDetail(state: CdnState, domain: DomainRecord): Record<string, unknown> {
  const cert = domain.CertId !== undefined ? state.certificates[String(domain.CertId)] : undefined;
  const https = domain.SSLProtocol === 'on' && cert;
  return {
    GmtCreated: domain.GmtCreated,
    Weight: domain.Sources[0]?.Weight ?? '10',
    ...(https ? { SSLPub: cert.SSLPub, CertName: cert.CertName } : {}),
    ...(domain.Description ? { Description: domain.Description } : {}),
    SSLProtocol: domain.SSLProtocol,
    Scope: domain.Scope,
    Cname: domain.Cname,
    DomainStatus: domain.DomainStatus,
    GmtModified: domain.GmtModified,
    DomainName: domain.DomainName,
    Sources: domain.Sources.map((source) => ({ Type: source.Type, Priority: source.Priority, Port: source.Port, Content: source.Content, Enabled: source.Enabled })),
  };
}
