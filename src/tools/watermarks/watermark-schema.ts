import { z } from 'zod';
import { absent, integerRangePattern, out, utf8String } from '../schema-helpers.js';
import { HAN_RANGES } from '../spec-shapes.js';

/** Pixels 8-4096, or a ratio of the frame in (0,1). */
const PLACEMENT = new RegExp(`^(?:0\\.\\d*[1-9]\\d*|${integerRangePattern(8, 4096).slice(1, -1)})$`);
const placement = (name: string) =>
  z
    .string()
    .max(16)
    .regex(PLACEMENT, 'must be 8-4096 px or a ratio in (0,1)')
    .describe(`${name}: px 8-4096 or ratio (0,1).`);

const intRange = (min: number, max: number) => z.number().int().min(min).max(max);

const IMAGE_FIELDS = ['Dx', 'Dy', 'Width', 'Height', 'ReferPos'] as const;
const TEXT_FIELDS = ['Content', 'FontName', 'FontColor', 'FontAlpha', 'BorderColor', 'Top', 'Left', 'FontSize', 'BorderWidth'] as const;

/** One object for both kinds (the API takes one JSON string): image placement fields, or text fields with Content. */
export const watermarkConfig = () =>
  z
    .strictObject({
      Dx: placement('Horizontal offset').optional(),
      Dy: placement('Vertical offset').optional(),
      Width: placement('Width').optional(),
      Height: placement('Height').optional(),
      ReferPos: z.enum(['TopLeft', 'TopRight', 'BottomLeft', 'BottomRight']).optional(),
      Timeline: z
        .strictObject({
          Start: z.string().regex(/^\d+(\.\d+)?$/).describe('Seconds.'),
          Duration: z.string().regex(/^(\d+(\.\d+)?|ToEND)$/).describe('Seconds or ToEND.'),
        })
        .optional(),
      Content: z.string().min(1).optional().describe('Text watermark content.'),
      FontName: z.enum(['SimSun', 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei Mono', 'WenQuanYi Zen Hei Sharp', 'Yuanti SC']).optional(),
      FontColor: z.string().optional(),
      FontAlpha: z
        .string()
        .max(16)
        .regex(/^(0\.\d*[1-9]\d*|1(\.0+)?)$/, 'must be in (0,1]')
        .optional(),
      BorderColor: z.string().optional(),
      Top: intRange(0, 4096).optional(),
      Left: intRange(0, 4096).optional(),
      FontSize: intRange(5, 119).optional(),
      BorderWidth: intRange(1, 4096).optional(),
    })
    .meta({
      oneOf: [
        { required: [...IMAGE_FIELDS], ...absent(...TEXT_FIELDS) },
        { required: ['Content'], ...absent(...IMAGE_FIELDS, 'Timeline') },
      ],
    })
    .superRefine((config, ctx) => {
      const image = IMAGE_FIELDS.filter((field) => config[field] !== undefined).length;
      const text = TEXT_FIELDS.some((field) => config[field] !== undefined);
      if (text ? image > 0 || config.Timeline !== undefined || config.Content === undefined : image < IMAGE_FIELDS.length) {
        ctx.addIssue({ code: 'custom', message: 'Give Dx, Dy, Width, Height and ReferPos (image), or Content and font fields (text)' });
      }
    })
    .describe('Image: Dx/Dy/Width/Height/ReferPos(+Timeline). Text: Content and font fields.');

/** Whether a valid config is an image watermark's. */
export const isImageConfig = (config: { ReferPos?: string | undefined }) => config.ReferPos !== undefined;

export const watermarkName = () =>
  utf8String(128, 'Name: Chinese, letters, digits.').regex(new RegExp(`^[${HAN_RANGES}A-Za-z0-9]+$`), 'only Chinese characters, letters and digits');

export const watermarkInfoOutput = out.obj({
  WatermarkId: out.str(),
  Name: out.str(),
  Type: out.str(),
  IsDefault: out.str(),
  FileUrl: out.str(),
  AppId: out.str(),
  CreationTime: out.str(),
  WatermarkConfig: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});

export const watermarkId = () => z.string().min(1).describe('Watermark ID.');
