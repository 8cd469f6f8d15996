/**
 * What @types/google-apps-script does not have yet: granular consent's additions to ScriptApp
 * (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String),
 * https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()).
 */
declare namespace GoogleAppsScript {
  namespace Script {
    interface AuthorizationInfo {
      getAuthorizedScopes(): string[] | null;
    }
    interface ScriptApp {
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
  }
}
