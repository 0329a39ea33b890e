/** Where progress lives in localStorage: apart from the store, so a quick reader needs no more. */
export const PROGRESS_KEY = 'shinrai:progress';
/** Where an unreadable stored value is kept, untouched, with the time it was found. */
export const UNREADABLE_PREFIX = 'shinrai:progress:unreadable:';
/** The document as it was before the last reset; restorable until the next reset. */
export const BEFORE_RESET_KEY = 'shinrai:progress:before-reset';
