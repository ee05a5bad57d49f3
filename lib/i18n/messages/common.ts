/** Strings shared by every view. Each feature keeps its strings in a file beside this one. */
export const common = {
  'app.name': 'Paper Trail',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.delete': 'Delete',
  'action.undo': 'Undo',
  'action.close': 'Close',
  'action.back': 'Back',
  'action.edit': 'Edit',
} as const;
