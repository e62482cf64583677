import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { ActionContext, ActionHandler, SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import type { SandboxError } from '../../errors.js';
import { specError } from '../../spec-table.js';
import { cdnError, cdnState, requireDomain, type CertificateRecord, type CdnState } from './cdn-state.js';
import { readDomainName } from './domain-names.js';

const MAX_CERT_BYTES = 64 * 1024;

function field(distinguishedName: string, key: string): string {
  const line = distinguishedName.split('\n').find((part) => part.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : '';
}

/** Parses an uploaded PEM certificate into the record the list/info actions show. */
export function certificateFromPem(env: SandboxEnv, pem: string, certName: string): CertificateRecord | undefined {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    return undefined;
  }
  return {
    CertId: env.state.nextNumber('cdnCertificate', 235_437),
    CertName: certName,
    Common: field(cert.subject, 'CN'),
    Fingerprint: cert.fingerprint.replace(/:/g, '').toLowerCase(),
    Issuer: field(cert.issuer, 'CN') || field(cert.issuer, 'O'),
    CertOrg: field(cert.issuer, 'O') || field(cert.issuer, 'CN'),
    LastTime: Math.floor(Date.parse(cert.validFrom) / 1000),
    CertExpireTime: isoSeconds(Date.parse(cert.validTo)),
    SSLPub: pem.trim(),
    CertType: 'upload',
  };
}

/** Checks the key against the certificate. The key is never stored, logged or echoed. */
function keyMatches(pem: string, key: string): 'ok' | 'malformed' | 'mismatch' {
  try {
    const privateKey = createPrivateKey(key);
    return new X509Certificate(pem).checkPrivateKey(privateKey) ? 'ok' : 'mismatch';
  } catch {
    return 'malformed';
  }
}

/**
 * Certificate errors with the messages of SetVodDomainCertificate's table, which the newer SetVodDomainSSLCertificate
 * (metadata only, no error table) shares.
 */
export function certError(context: ActionContext, code: string): SandboxError {
  return cdnError(specError(context.action, code) ? context.action : 'SetVodDomainCertificate', code);
}

/** Checks an uploaded certificate and key and stores the certificate (or returns the one of that name and content). */
export function uploadCertificate(context: ActionContext, state: CdnState, pub: string, certName: string | undefined, region?: string): CertificateRecord {
  const key = context.str('SSLPri');
  if (key === undefined) throw certError(context, 'SSLPri.MissingParameter');
  if (Buffer.byteLength(pub) > MAX_CERT_BYTES) throw certError(context, 'InvalidCertificate.TooLong');
  const name = certName ?? `cert-${context.clock.nowIso().slice(0, 10)}-${context.state.nextNumber('cdnCertName', 1)}`;
  const record = certificateFromPem(context, pub, name);
  if (!record) throw certError(context, 'InvalidCertificate');
  const match = keyMatches(pub, key);
  if (match === 'malformed') throw certError(context, 'InvalidSSLPri');
  if (match === 'mismatch') throw certError(context, 'Certificate.MissMatch');
  const sameName = Object.values(state.certificates).find((cert) => cert.CertName === name);
  if (sameName && sameName.Fingerprint !== record.Fingerprint) throw certError(context, 'Certificate.Duplicated');
  if (sameName) return sameName;
  if (region !== undefined) record.CertRegion = region;
  state.certificates[String(record.CertId)] = record;
  return record;
}

export const setVodDomainCertificate: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const protocol = context.required('SSLProtocol');
  if (protocol !== 'on' && protocol !== 'off') throw cdnError(context.action, 'InvalidSSLProtocol.ValueNotSupported');
  const certName = context.str('CertName');
  if (certName !== undefined && certName.length > 128) throw cdnError(context.action, 'InvalidCertName.TooLong');
  if (domain.DomainStatus === 'offline') throw cdnError(context.action, 'InvalidDomain.Offline');
  if (domain.DomainStatus === 'configuring') throw cdnError(context.action, 'ServiceBusy');
  if (protocol === 'on') {
    const pub = context.str('SSLPub');
    let cert: CertificateRecord | undefined;
    if (pub !== undefined) cert = uploadCertificate(context, state, pub, certName);
    else if (certName !== undefined) {
      cert = Object.values(state.certificates).find((existing) => existing.CertName === certName);
      if (!cert) throw cdnError(context.action, 'Certificate.NotFind');
    } else if (domain.CertId !== undefined) cert = state.certificates[String(domain.CertId)];
    if (!cert) throw cdnError(context.action, 'SSLPub.MissingParameter');
    domain.CertId = cert.CertId;
  }
  domain.SSLProtocol = protocol;
  domain.GmtModified = context.clock.nowIso();
  return {};
};

export const describeVodCertificateList: ActionHandler = (context) => {
  const state = cdnState(context);
  const name = context.str('DomainName');
  let certs = Object.values(state.certificates);
  if (name !== undefined) {
    const domain = state.domains[name.toLowerCase()];
    certs = domain?.CertId !== undefined ? certs.filter((cert) => cert.CertId === domain.CertId) : [];
  }
  return {
    CertificateListModel: {
      CertList: certs.map((cert) => ({ Fingerprint: cert.Fingerprint, Issuer: cert.Issuer, CertId: cert.CertId, CertName: cert.CertName, LastTime: cert.LastTime, Common: cert.Common })),
      Count: certs.length,
    },
  };
};

function certMatchesDomain(common: string, domain: string): boolean {
  const host = domain.replace(/^\./, '');
  if (common === host) return true;
  return common.startsWith('*.') && host.endsWith(common.slice(1)) && !host.slice(0, -common.length + 1).includes('.');
}

function certLife(cert: CertificateRecord): string {
  const months = Math.max(1, Math.round((Date.parse(cert.CertExpireTime) / 1000 - cert.LastTime) / (30 * 86400)));
  return months >= 12 ? `${Math.round(months / 12)} years` : `${months} months`;
}

export const describeVodDomainCertificateInfo: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const cert = domain.CertId !== undefined ? state.certificates[String(domain.CertId)] : undefined;
  if (!cert) return { CertInfos: [] };
  const status = certMatchesDomain(cert.Common, domain.DomainName) ? 'success' : 'domain_invalid';
  return {
    CertInfos: [
      {
          Status: status,
          CertLife: certLife(cert),
          SSLProtocol: domain.SSLProtocol,
          CertType: cert.CertType,
          CertName: cert.CertName,
          CertDomainName: cert.Common,
          DomainName: domain.DomainName,
          CertOrg: cert.CertOrg,
          CertExpireTime: cert.CertExpireTime,
          ServerCertificateStatus: status,
      },
    ],
  };
};
