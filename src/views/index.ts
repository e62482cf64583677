export { VIEWS, VIEW_URI_PREFIX, findView, viewOfUri, viewUri, type ViewContext, type ViewSpec } from './registry.js';
export { listViewResources, readViewResource } from './resources.js';
export { clientSupportsViews, EXTENSION_ID, withViewMeta } from './tool-meta.js';
