import { dischargeTemplates } from './discharge';
import { letterTemplates } from './letter';
import { nursingTemplates } from './nursing';
import { outpatientTemplates } from './outpatient';
import { portalTemplates } from './portal';
import { progressTemplates } from './progress';
import { reportTemplates } from './reports';
import { snippetTemplates } from './snippet';
import type { NoteTemplate } from './types';
import { variantTemplates } from './variants';
import { workupTemplates } from './workup';

export const FULL_NOTE_TEMPLATES: readonly NoteTemplate[] = [
  ...progressTemplates,
  ...dischargeTemplates,
  ...nursingTemplates,
  ...portalTemplates,
  ...letterTemplates,
  ...reportTemplates,
  ...workupTemplates,
  ...outpatientTemplates,
  ...variantTemplates,
];
export const SNIPPET_TEMPLATES: readonly NoteTemplate[] = snippetTemplates;
