/**
 * Developer metadata on sheets, as SheetCare uses it to mark its own sheets
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata).
 * Metadata sits on the sheet itself, so it follows a rename or a move and goes with the sheet
 * when it is deleted. A spreadsheet holds at most 30,000 characters of it
 * (https://developers.google.com/sheets/api/guides/metadata).
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export const METADATA_CHAR_LIMIT = 30_000;

export class FakeDeveloperMetadataLocation {
  constructor(
    readonly _env: Env,
    readonly _sheet: FakeSheet,
  ) {}
  getLocationType() {
    return 'SHEET';
  }
  getSheet() {
    return this._sheet;
  }
}

export class FakeDeveloperMetadata {
  constructor(
    readonly _env: Env,
    readonly _sheet: FakeSheet,
    readonly _id: number,
    readonly _key: string,
    public _value: string | null,
  ) {}
  getId() {
    return this._id;
  }
  getKey() {
    return this._key;
  }
  getValue() {
    return this._value;
  }
  setValue(value: string) {
    this._sheet._parent._checkMetadataRoom(value.length - (this._value ?? '').length);
    this._value = value;
    return this;
  }
  getVisibility() {
    return 'DOCUMENT';
  }
  getLocation() {
    return new FakeDeveloperMetadataLocation(this._env, this._sheet);
  }
  remove() {
    const list = this._sheet._metadata;
    list.splice(list.indexOf(this), 1);
  }
}

export class FakeDeveloperMetadataFinder {
  private _key: string | undefined;
  constructor(
    readonly _env: Env,
    readonly _ss: FakeSpreadsheet,
  ) {}
  withKey(key: string) {
    this._key = key;
    return this;
  }
  find() {
    return this._env.realm.array(
      this._ss._sheets.flatMap((s) =>
        s._metadata.filter((m) => this._key === undefined || m._key === this._key),
      ),
    );
  }
}

export type _MetadataChecks = [
  Check<NotInRealApi<FakeDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  Check<
    NotInRealApi<
      FakeDeveloperMetadataLocation,
      GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation
    >
  >,
  Check<
    NotInRealApi<FakeDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>
  >,
];

countCalls(FakeDeveloperMetadata, 'DeveloperMetadata');
countCalls(FakeDeveloperMetadataLocation, 'DeveloperMetadataLocation');
countCalls(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder');
