/**
 * Granular consent: a user may grant some of the manifest's scopes and not others, so each
 * feature asks for the ones it needs before it starts, and says what is missing rather than
 * failing half-way (https://developers.google.com/apps-script/concepts/scopes).
 */
export const SCOPE = 'https://www.googleapis.com/auth/';

/** Where a user is present, Google asks them for what is missing; the action is tried again. */
export const requireScopes = (...names: string[]): void =>
  ScriptApp.requireScopes(
    ScriptApp.AuthMode.FULL,
    names.map((n) => SCOPE + n),
  );
