/**
 * The bundle's surface: everything Apps Script calls by name. The build wraps each export of
 * src/entry in a top-level function, since Apps Script only sees top-level declarations.
 */
export * from './entry/customFunctions';
export * from './entry/triggers';
export * from './entry/endpoints';
