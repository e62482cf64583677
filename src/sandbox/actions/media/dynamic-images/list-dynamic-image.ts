import type { ActionHandler } from '../../../action-context.js';
import { compact } from '../video-view.js';

/** Finished animated images only: a running job has produced no file yet. */
export const listDynamicImage: ActionHandler = (context) => {
  const videoId = context.required('VideoId');
  const images = Object.values(context.state.data.dynamicImages).filter((image) => image.VideoId === videoId && image.Status === 'Success');
  return {
    DynamicImageList: images.map((image) =>
      compact({
        DynamicImageId: image.DynamicImageId,
        VideoId: image.VideoId,
        JobId: image.JobId,
        Format: image.Format,
        FileURL: image.FileURL,
        FileSize: image.FileSize,
        Width: image.Width,
        Height: image.Height,
        Fps: image.Fps,
        CreationTime: image.CreationTime,
      }),
    ),
  };
};
