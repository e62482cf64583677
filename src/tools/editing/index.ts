import type { AnyTool } from '../define-tool.js';
import { addEditingProject } from './add-editing-project.js';
import { addEditingProjectMaterials } from './add-editing-project-materials.js';
import { deleteEditingProjectMaterials } from './delete-editing-project-materials.js';
import { deleteEditingProject } from './delete-editing-project.js';
import { getEditingProject } from './get-editing-project.js';
import { getEditingProjectMaterials } from './get-editing-project-materials.js';
import { produceEditingProjectVideo } from './produce-editing-project-video.js';
import { searchEditingProject } from './search-editing-project.js';
import { setEditingProjectMaterials } from './set-editing-project-materials.js';
import { updateEditingProject } from './update-editing-project.js';

export const editingTools: AnyTool[] = [
  produceEditingProjectVideo,
  addEditingProject,
  updateEditingProject,
  deleteEditingProject,
  getEditingProject,
  searchEditingProject,
  setEditingProjectMaterials,
  getEditingProjectMaterials,
  addEditingProjectMaterials,
  deleteEditingProjectMaterials,
];
