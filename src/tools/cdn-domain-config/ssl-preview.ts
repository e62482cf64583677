import type { Preview, ToolContext } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';

interface SslArgs {
  DomainName: string;
  SSLProtocol: 'on' | 'off';
  CertId?: number | undefined;
  CertName?: string | undefined;
  SSLPub?: string | undefined;
  Env?: 'staging' | undefined;
}

/** The domain's status and HTTPS state now, and the certificate it serves, before HTTPS is switched or re-keyed. */
export async function sslCertificatePreview(args: SslArgs, context: ToolContext): Promise<Preview> {
  const [domain] = await lookUpForPreview(context, 'DescribeVodDomainDetail', { DomainName: args.DomainName }, 'DomainDetail', ['DomainName', 'DomainStatus', 'SSLProtocol']);
  const certificates = await lookUpForPreview(context, 'DescribeVodDomainCertificateInfo', { DomainName: args.DomainName }, 'CertInfos[]', ['CertName', 'CertDomainName', 'CertExpireTime', 'Status']);
  const now = `now ${String(domain?.DomainStatus ?? 'unknown')}, HTTPS ${String(domain?.SSLProtocol ?? 'unknown')}`;
  const where = args.Env === 'staging' ? 'On staging only (production unchanged): ' : '';
  const what =
    args.SSLProtocol === 'off'
      ? `turn HTTPS off for ${args.DomainName} (${now}); https:// requests to it fail until HTTPS is turned on again.`
      : `turn HTTPS on for ${args.DomainName} (${now}) with ${args.SSLPub !== undefined ? 'an uploaded certificate' : args.CertId !== undefined ? `certificate ${args.CertId}` : args.CertName !== undefined ? 'the named certificate' : 'its previous certificate'}; the certificate it serves now, if any, is listed.`;
  return { summary: where ? where + what : what.charAt(0).toUpperCase() + what.slice(1), items: [...(domain ? [domain] : []), ...certificates] };
}
