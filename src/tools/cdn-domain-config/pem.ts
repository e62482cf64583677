import { z } from 'zod';
import { multiLine } from '../schema-helpers.js';

/** A certificate chain or key in PEM; the spec states no limit. */
const PEM_MAX_LENGTH = 32_768;

/** The certificate (public part) in PEM. */
export const sslPub = () =>
  multiLine(z.string().max(PEM_MAX_LENGTH)).regex(/-----BEGIN CERTIFICATE-----/, 'must be a PEM certificate').optional().describe('Certificate PEM.');

/** The private key in PEM: a secret, sent to the service only. */
export const sslPri = () =>
  multiLine(z.string().max(PEM_MAX_LENGTH)).regex(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'must be a PEM private key').optional().describe('Private key PEM (secret).');

/** SSLPub needs SSLPri: published as dependentRequired, checked by `keyGivenWithCertificate` with `KEY_RULE`. */
export const KEY_WITH_CERTIFICATE = { dependentRequired: { SSLPub: ['SSLPri'] } } as const;
export const keyGivenWithCertificate = (args: { SSLPub?: string | undefined; SSLPri?: string | undefined }) => args.SSLPub === undefined || args.SSLPri !== undefined;
export const KEY_RULE = { message: 'SSLPri is required with SSLPub', path: ['SSLPri'] };
