import { z } from 'zod';
import { FILTER_FIELDS, ORDERED_FIELDS, VALUE_SEPARATOR } from './player-schema.js';

const MAX_VALUES = 50;

const filterValue = () =>
  z
    .string()
    .min(1)
    .max(128)
    .regex(/^(?!.*#_#).+$/, `must not contain ${VALUE_SEPARATOR}: give one value per item`);

/** One dimension filter; Value is a list here, sent joined by #_#. */
const filter = z
  .strictObject({
    Field: z.enum(FILTER_FIELDS).describe('Dimension type.'),
    Op: z.enum(['=', '!=', '>', '<']).describe('> and < only for SdkVersion and VideoDefinition.'),
    Value: z.array(filterValue()).min(1).max(MAX_VALUES).describe('Values (from describe_vod_player_dimension_data); one with > or <. Country/Province: region codes.'),
  })
  .superRefine((item, context) => {
    if (item.Op === '>' || item.Op === '<') {
      if (!ORDERED_FIELDS.includes(item.Field)) context.addIssue({ code: 'custom', path: ['Op'], message: `${item.Field} takes only = and !=` });
      if (item.Value.length !== 1) context.addIssue({ code: 'custom', path: ['Value'], message: `${item.Op} takes exactly one value` });
    }
  });

export const filters = () => z.array(filter).min(1).max(3).describe('Up to 3 dimension filters; the answer is split per combination of their values.');

/** Each Field at most once. */
export function checkFilters(args: { Filters?: readonly { Field: string }[] | undefined }, context: z.RefinementCtx): void {
  const fields = (args.Filters ?? []).map((item) => item.Field);
  if (new Set(fields).size !== fields.length) context.addIssue({ code: 'custom', path: ['Filters'], message: 'give each Field once' });
}
