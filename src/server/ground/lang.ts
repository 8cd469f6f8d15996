/** Which language the user is spoken to in. */
import { Lang, langFromLocale } from '../../core/ground/i18n';
import type { Settings } from '../../core/customers/settings';

/**
 * The user's own language. On open with limited authorization the spreadsheet cannot be
 * read, but the user's locale can.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The sidebar and dialogs speak the chosen language, else the user's own. */
export const uiLang = (settings: Settings): Lang =>
  settings.lang === 'auto' ? userLang() : settings.lang;

/**
 * The spreadsheet's language, for what the team and the customers read (sheets, mails): the
 * chosen language, else the spreadsheet's locale.
 */
export const sheetLang = (settings: Settings, locale: string): Lang =>
  settings.lang === 'auto' ? langFromLocale(locale) : settings.lang;
