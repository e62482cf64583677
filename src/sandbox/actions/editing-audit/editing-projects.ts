import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { storageLocation } from '../../state/media-lifecycle.js';
import { editingSlice, findProject, projectNotFound, projectView, timelineMediaIds, type EditingProjectRecord, type ProjectStatus } from './editing-store.js';
import { editingReady } from './produce-editing-project-video.js';
import { omit } from '../media/video-view.js';
import { readTimeline } from './timeline-param.js';

export const addEditingProject: ActionHandler = (context) => {
  const timeline = readTimeline(context);
  const now = context.clock.nowIso();
  const project: EditingProjectRecord = {
    ProjectId: context.state.nextId('editingProject'),
    Title: context.required('Title'),
    Description: context.str('Description'),
    CoverURL: context.str('CoverURL'),
    Timeline: timeline,
    Status: 'Normal',
    CreationTime: now,
    ModifiedTime: now,
    RegionId: context.region,
    StorageLocation: storageLocation(context),
    Division: context.str('Division'),
    MaterialIds: timelineMediaIds(timeline),
    ProducedMediaIds: [],
  };
  editingSlice(context).projects[project.ProjectId] = project;
  // AddEditingProject's model has the project's identity and times only.
  return { Project: omit(projectView(context, project, { withTimeline: false }), 'CoverURL', 'Duration', 'RegionId', 'StorageLocation') };
};

export const updateEditingProject: ActionHandler = (context) => {
  const project = findProject(context, context.required('ProjectId'));
  const timeline = readTimeline(context);
  project.Title = context.str('Title') ?? project.Title;
  project.Description = context.str('Description') ?? project.Description;
  project.CoverURL = context.str('CoverURL') ?? project.CoverURL;
  if (timeline) {
    project.Timeline = timeline;
    project.MaterialIds = [...new Set([...project.MaterialIds, ...timelineMediaIds(timeline)])];
  }
  project.ModifiedTime = context.clock.nowIso();
  return {};
};

export const deleteEditingProject: ActionHandler = (context) => {
  const ids = context.list('ProjectIds', { required: true });
  const { projects } = editingSlice(context);
  if (ids.every((id) => !projects[id])) throw projectNotFound();
  for (const id of ids) delete projects[id];
  return {};
};

export const getEditingProject: ActionHandler = (context) => {
  editingReady(context);
  const project = findProject(context, context.required('ProjectId'));
  // GetEditingProject's model has no Duration (SearchEditingProject's has).
  return { Project: omit(projectView(context, project, { withTimeline: true }), 'Duration') };
};

const STATUSES: readonly ProjectStatus[] = ['Normal', 'Producing', 'Produced', 'ProduceFailed'];

export const searchEditingProject: ActionHandler = (context) => {
  editingReady(context);
  const title = context.str('Title');
  const statuses = context.list('Status');
  const unknown = statuses.find((status) => !(STATUSES as readonly string[]).includes(status));
  if (unknown) throw new SandboxError('InvalidParameter', `The specified parameter "Status" is not valid. Allowed values: ${STATUSES.join(', ')}.`, 400);
  const start = context.time('StartTime');
  const end = context.time('EndTime');
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 }) ?? 10;
  const ascending = context.oneOf('SortBy', ['CreationTime:Desc', 'CreationTime:Asc'] as const, 'CreationTime:Desc') === 'CreationTime:Asc';
  const matches = Object.values(editingSlice(context).projects)
    .filter((project) => !title || project.Title.includes(title))
    .filter((project) => !statuses.length || statuses.includes(project.Status))
    .filter((project) => (start === undefined || Date.parse(project.CreationTime) >= start) && (end === undefined || Date.parse(project.CreationTime) <= end))
    .map((project, index) => ({ project, index }))
    .sort((a, b) => (Date.parse(a.project.CreationTime) - Date.parse(b.project.CreationTime) || a.index - b.index) * (ascending ? 1 : -1));
  const page = matches.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return { Total: matches.length, ProjectList: page.map(({ project }) => projectView(context, project, { withTimeline: false })) };
};
