/**
 * Which OAuth scope each Apps Script call needs (each method's "Authorization" section in
 * https://developers.google.com/apps-script/reference). The stand-in refuses a call whose scope
 * the manifest lacks or the user did not grant (granular consent:
 * https://developers.google.com/apps-script/concepts/scopes#granular_consent), and the scope
 * test holds the manifest to the calls the bundle makes.
 */
export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** The scope a call needs, without the prefix; null where it needs none. */
export function scopeOf(service: string, method: string): string | null {
  switch (service) {
    case 'SpreadsheetApp':
      // Only the spreadsheet the add-on runs in: opening another needs `spreadsheets`.
      if (method === 'getUi') return 'script.container.ui';
      if (['openById', 'openByUrl', 'open', 'create'].includes(method)) return 'spreadsheets';
      return 'spreadsheets.currentonly';
    case 'HtmlService':
      // Showing what it builds goes through SpreadsheetApp.getUi().
      return null;
    case 'MailApp':
      return 'script.send_mail';
    case 'ScriptApp':
      // Asking what is authorized needs nothing: that is how a script learns what it lacks.
      return ['getAuthorizationInfo', 'requireScopes', 'requireAllScopes'].includes(method)
        ? null
        : 'script.scriptapp';
    case 'FormApp':
      return 'forms';
    case 'BigQuery':
      // The advanced service: running a query job needs more than bigquery.readonly's "view".
      return 'bigquery';
    case 'Session':
      return ['getActiveUser', 'getEffectiveUser'].includes(method) ? 'userinfo.email' : null;
    case 'LockService':
    case 'PropertiesService':
    case 'CacheService':
    case 'Utilities':
    case 'Logger':
    case 'Charts':
      return null;
    default:
      // UrlFetchApp, GmailApp, DriveApp…: a service SheetCare has no business calling.
      return `unexpected service ${service}`;
  }
}

/** `spreadsheets` reaches every spreadsheet the user can open, the current one too. */
export const IMPLIED: Readonly<Record<string, string>> = {
  'spreadsheets.currentonly': 'spreadsheets',
};

/** Whether the granted scopes cover one the call needs. */
export const covers = (granted: ReadonlySet<string>, needed: string): boolean =>
  granted.has(needed) || (IMPLIED[needed] !== undefined && granted.has(IMPLIED[needed]));
