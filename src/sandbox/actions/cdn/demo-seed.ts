import type { SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { cdnState, type DomainRecord } from './cdn-state.js';
import { certificateFromPem } from './certificates.js';
import { cnameFor } from './domain-names.js';
import { createRefreshTask } from './refresh-tasks.js';

export const DEMO_DOMAIN = 'video.example.com';

/** Self-signed EC certificate for video.example.com (public part only; its key is not kept anywhere). */
const DEMO_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIB4DCCAYWgAwIBAgIUXsTKN/YJQn2dpJI9wPeAWeKpKH4wCgYIKoZIzj0EAwIw
NjEaMBgGA1UEAwwRdmlkZW8uZXhhbXBsZS5jb20xGDAWBgNVBAoMD1NhbmRib3gg
RGVtbyBDQTAeFw0yNjExMjUwNjIwNDlaFw0zNjExMjIwNjIwNDlaMDYxGjAYBgNV
BAMMEXZpZGVvLmV4YW1wbGUuY29tMRgwFgYDVQQKDA9TYW5kYm94IERlbW8gQ0Ew
WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQrYPRbrjHnb9YxDx/ZqYRJUrDqp8dJ
PmT1Zvx0eVlGAqtifexs1wz7ScDJ4UWd7a0/bcINW83LMT5Tv5qkAatCo3EwbzAd
BgNVHQ4EFgQUpdeJvzbylhHnncVaHkEsTPYPx6QwHwYDVR0jBBgwFoAUpdeJvzby
lhHnncVaHkEsTPYPx6QwDwYDVR0TAQH/BAUwAwEB/zAcBgNVHREEFTATghF2aWRl
by5leGFtcGxlLmNvbTAKBggqhkjOPQQDAgNJADBGAiEAiY5VE276bQ8Aqz3L3Q1g
blxGNLkD5C9lAMPmobXljA0CIQCcBH0FXce/R+oQln9a91hl+FYlr4aZfLeRvXNy
ak8v7w==
-----END CERTIFICATE-----`;

/** One online HTTPS domain, added 30 days ago (so logs and traffic exist), with two configs and a finished refresh. */
export function seedDemoCdn(env: SandboxEnv): void {
  const state = cdnState(env);
  const createdAt = env.clock.now() - 30 * 86_400_000;
  const cert = certificateFromPem(env, DEMO_CERTIFICATE, 'video-example-com');
  if (cert) state.certificates[String(cert.CertId)] = cert;
  const domain: DomainRecord = {
    DomainName: DEMO_DOMAIN,
    Cname: cnameFor(DEMO_DOMAIN),
    Sources: [{ Type: 'oss', Content: 'vod-demo-bucket.oss-cn-shanghai.aliyuncs.com', Port: 80, Priority: '20', Weight: '10', Enabled: 'online' }],
    Scope: 'domestic',
    Description: 'Demo playback domain',
    DomainStatus: 'online',
    CreatedAt: createdAt,
    GmtCreated: isoSeconds(createdAt),
    GmtModified: isoSeconds(createdAt + 3_600_000),
    SSLProtocol: cert ? 'on' : 'off',
    ...(cert ? { CertId: cert.CertId } : {}),
    Tags: [{ Key: 'env', Value: 'demo' }],
  };
  state.domains[DEMO_DOMAIN] = domain;
  state.verifiedDomains.push('example.com');
  const configs = [
    { FunctionName: 'https_force', FunctionArgs: [{ ArgName: 'enable', ArgValue: 'on' }] },
    { FunctionName: 'referer_white_list_set', FunctionArgs: [{ ArgName: 'refer_domain_allow_list', ArgValue: 'www.example.com,*.example.com' }, { ArgName: 'allow_empty', ArgValue: 'on' }] },
  ];
  for (const config of configs) {
    const configId = env.state.nextNumber('cdnConfig', 5_003_576);
    state.configs[String(configId)] = { ConfigId: configId, DomainName: DEMO_DOMAIN, ...config, Status: 'success' };
  }
  createRefreshTask(env, `https://${DEMO_DOMAIN}/covers/launch-2026.jpg`, 'file', DEMO_DOMAIN);
}
