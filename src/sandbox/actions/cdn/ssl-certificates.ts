import type { ActionContext, ActionHandler } from '../../action-context.js';
import { cdnState, requireDomain, type CdnState, type CertificateRecord, type DomainRecord } from './cdn-state.js';
import { certError, uploadCertificate } from './certificates.js';
import { readDomainName } from './domain-names.js';

export const CERT_REGIONS = ['cn-hangzhou', 'ap-southeast-1'] as const;
const DEFAULT_REGION = 'cn-hangzhou';
const regionOf = (cert: CertificateRecord) => cert.CertRegion ?? DEFAULT_REGION;

/** The certificate HTTPS is turned on with: uploaded now, named by CertId or CertName (in CertRegion), or the domain's last one. */
function certificateFor(context: ActionContext, state: CdnState, domain: DomainRecord, region: string): CertificateRecord {
  const pub = context.str('SSLPub');
  const certName = context.str('CertName');
  const certId = context.int('CertId', { min: 1 });
  if (pub !== undefined) {
    // A Certificate Management Service (cas) certificate is referenced by CertId or CertName, not uploaded.
    if (context.str('CertType') === 'cas') throw certError(context, 'SetDomainSSLPub.ParameterError');
    return uploadCertificate(context, state, pub, certName, region);
  }
  const inRegion = Object.values(state.certificates).filter((cert) => regionOf(cert) === region);
  if (certId !== undefined || certName !== undefined) {
    const found = inRegion.find((cert) => (certId === undefined || cert.CertId === certId) && (certName === undefined || cert.CertName === certName));
    if (!found) throw certError(context, 'Certificate.NotFind');
    return found;
  }
  const last = domain.CertId !== undefined ? state.certificates[String(domain.CertId)] : undefined;
  if (!last) throw certError(context, 'SSLPub.MissingParameter');
  return last;
}

/**
 * Turns HTTPS on (with a new, referenced or the previous certificate) or off. The domain keeps its CertId when off,
 * so `on` without a certificate restores it. Env=staging checks and stores everything but leaves production as it is.
 */
export const setVodDomainSSLCertificate: ActionHandler = (context) => {
  const state = cdnState(context);
  const domain = requireDomain(context, state, readDomainName(context));
  const protocol = context.required('SSLProtocol');
  if (protocol !== 'on' && protocol !== 'off') throw certError(context, 'InvalidSSLProtocol.ValueNotSupported');
  const certName = context.str('CertName');
  if (certName !== undefined && certName.length > 128) throw certError(context, 'InvalidCertName.TooLong');
  context.oneOf('CertType', ['upload', 'cas'] as const);
  const region = context.oneOf('CertRegion', CERT_REGIONS, DEFAULT_REGION)!;
  if (domain.DomainStatus === 'offline') throw certError(context, 'InvalidDomain.Offline');
  if (domain.DomainStatus === 'configuring') throw certError(context, 'ServiceBusy');
  const cert = protocol === 'on' ? certificateFor(context, state, domain, region) : undefined;
  if (context.str('Env') === 'staging') return {};
  if (cert) domain.CertId = cert.CertId;
  domain.SSLProtocol = protocol;
  domain.GmtModified = context.clock.nowIso();
  return {};
};

/** The account's certificates (or the one a domain uses), filtered by name, one page at a time. */
export const describeVodSSLCertificateList: ActionHandler = (context) => {
  const state = cdnState(context);
  const pageNumber = context.int('PageNumber', { min: 1, default: 1 })!;
  const pageSize = context.int('PageSize', { min: 1, max: 1000, default: 20 })!;
  const name = context.str('DomainName');
  const keyword = context.str('SearchKeyword')?.toLowerCase();
  let certs = Object.values(state.certificates).sort((a, b) => a.CertId - b.CertId);
  if (name !== undefined) {
    const domain = state.domains[name.toLowerCase()];
    certs = domain?.CertId !== undefined ? certs.filter((cert) => cert.CertId === domain.CertId) : [];
  }
  if (keyword !== undefined) certs = certs.filter((cert) => cert.CertName.toLowerCase().includes(keyword));
  const page = certs.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    CertificateListModel: {
      CertList: page.map((cert) => ({
        CertId: cert.CertId,
        CertName: cert.CertName,
        CertRegion: regionOf(cert),
        Common: cert.Common,
        Fingerprint: cert.Fingerprint,
        Issuer: cert.Issuer,
        LastTime: cert.LastTime,
      })),
      Count: certs.length,
      PageNumber: pageNumber,
      PageSize: pageSize,
    },
  };
};
