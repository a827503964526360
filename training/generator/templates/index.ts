import { dischargeTemplates } from './discharge';
import { letterTemplates } from './letter';
import { nursingTemplates } from './nursing';
import { portalTemplates } from './portal';
import { progressTemplates } from './progress';
import { reportTemplates } from './reports';
import { snippetTemplates } from './snippet';
import type { NoteTemplate } from './types';

export const FULL_NOTE_TEMPLATES: readonly NoteTemplate[] = [
  ...progressTemplates,
  ...dischargeTemplates,
  ...nursingTemplates,
  ...portalTemplates,
  ...letterTemplates,
  ...reportTemplates,
];
export const SNIPPET_TEMPLATES: readonly NoteTemplate[] = snippetTemplates;
