import type { SandboxEnv } from '../../action-context.js';
import type { CategoryRecord, TranscodeTemplateGroupRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { tables, type VodTemplateRecord, type WatermarkRecord } from './tables.js';

/** Built-in top-level material categories get fixed IDs, outside the counter the demo catalog uses. */
const MATERIAL_ROOTS = ['Background music', 'Stickers', 'Intros and outros', 'Transitions'];

/** What every account has: the default watermark, system snapshot/animated-image templates, material categories. */
export function seedDefaults(env: SandboxEnv): void {
  const now = env.clock.nowIso();
  const data = tables(env);
  const watermark: WatermarkRecord = {
    WatermarkId: env.state.nextId('watermark'),
    Name: 'DefaultLogo',
    Type: 'Image',
    IsDefault: 'Default',
    FileUrl: `${env.baseUrl}/watermark/default-logo.png`,
    WatermarkConfig: JSON.stringify({ Dx: '8', Dy: '8', Width: '55', Height: '55', ReferPos: 'TopRight' }),
    AppId: DEFAULT_APP_ID,
    CreationTime: now,
  };
  data.watermarks[watermark.WatermarkId] = watermark;
  const template = (name: string, type: VodTemplateRecord['TemplateType'], config: unknown): void => {
    const record: VodTemplateRecord = {
      VodTemplateId: env.state.nextId('vodTemplate'),
      Name: name,
      TemplateType: type,
      IsDefault: 'Default',
      Source: 'System',
      TemplateConfig: JSON.stringify(config),
      AppId: DEFAULT_APP_ID,
      CreationTime: now,
      ModifyTime: now,
    };
    data.vodTemplates[record.VodTemplateId] = record;
  };
  template('Default cover snapshots', 'Snapshot', { SnapshotType: 'NormalSnapshot', SnapshotConfig: { FrameType: 'intra', Count: 3, Interval: 1, SpecifiedOffsetTime: 0 } });
  template('Default GIF', 'DynamicImage', { Name: 'Default GIF', Video: { Width: '320', Height: '180', Fps: '10' }, Container: { Format: 'gif' }, Clip: { TimeSpan: { Seek: '0', Duration: '5' } } });
  MATERIAL_ROOTS.forEach((name, index) => {
    const record: CategoryRecord = { CateId: 900_001 + index, CateName: name, ParentId: -1, Level: 0, Type: 'material', CreationTime: now };
    env.state.data.categories[String(record.CateId)] = record;
  });
}

/** A little realistic custom configuration for the demo account. */
export function seedDemo(env: SandboxEnv): void {
  const now = env.clock.nowIso();
  const data = tables(env);
  const caption: WatermarkRecord = {
    WatermarkId: env.state.nextId('watermark'),
    Name: 'Copyright',
    Type: 'Text',
    IsDefault: 'NotDefault',
    WatermarkConfig: JSON.stringify({ Content: '© Example Studio', FontSize: 24, FontColor: 'White', Top: 20, Left: 20 }),
    AppId: DEFAULT_APP_ID,
    CreationTime: now,
  };
  data.watermarks[caption.WatermarkId] = caption;
  const sprite: VodTemplateRecord = {
    VodTemplateId: env.state.nextId('vodTemplate'),
    Name: 'Scrubbing sprites',
    TemplateType: 'Snapshot',
    IsDefault: 'NotDefault',
    Source: 'Custom',
    TemplateConfig: JSON.stringify({
      SnapshotType: 'SpriteSnapshot',
      SnapshotConfig: { FrameType: 'normal', Count: 50, Interval: 10, SpecifiedOffsetTime: 0, Width: 160, Height: 90, SpriteSnapshotConfig: { Columns: '10', Lines: '5', Padding: '0', Margin: '0', Color: 'Black', KeepCellPic: 'delete' } },
    }),
    AppId: DEFAULT_APP_ID,
    CreationTime: now,
    ModifyTime: now,
  };
  data.vodTemplates[sprite.VodTemplateId] = sprite;
  const hls: TranscodeTemplateGroupRecord = {
    TranscodeTemplateGroupId: env.state.nextId('transcodeTemplateGroup'),
    Name: 'HLS adaptive (SD/HD, encrypted)',
    IsDefault: 'NotDefault',
    Locked: 'Disabled',
    AppId: DEFAULT_APP_ID,
    CreationTime: now,
    ModifyTime: now,
    TranscodeTemplateList: (['SD', 'HD'] as const).map((definition) => ({
      TranscodeTemplateId: env.state.nextId('transcodeTemplate'),
      TemplateName: `HLS ${definition}`,
      Definition: definition,
      Type: 'Normal',
      Container: { Format: 'm3u8' },
      Video: definition === 'SD' ? { Codec: 'H.264', Bitrate: '900', Width: '854', Fps: '25', Remove: 'false' } : { Codec: 'H.264', Bitrate: '1500', Width: '1280', Fps: '25', Remove: 'false' },
      Audio: { Codec: 'AAC', Bitrate: '128', Samplerate: '44100', Remove: 'false' },
      MuxConfig: { Segment: { Duration: '6' } },
      EncryptSetting: { EncryptType: 'AliyunVoDEncryption' },
      WatermarkIds: ['USER_DEFAULT_WATERMARK'],
    })),
  };
  env.state.data.transcodeTemplateGroups[hls.TranscodeTemplateGroupId] = hls;
}
