/**
 * Developer metadata on sheets and on the spreadsheet, as SheetCare uses it to mark its own
 * sheets and to keep its store
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata).
 * Metadata on a sheet sits on the sheet itself, so it follows a rename or a move and goes with
 * the sheet when it is deleted. A spreadsheet holds at most 30,000 characters of it
 * (https://developers.google.com/sheets/api/guides/metadata). PROJECT visibility hides an
 * entry from every other script (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility);
 * the stand-in runs one script, so it only remembers it.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export const METADATA_CHAR_LIMIT = 30_000;

/** Adds an entry as Sheet and Spreadsheet do: (key), (key, value), (key, value, visibility). */
export function addMetadata(
  env: Env,
  owner: MetadataOwner,
  key: string,
  value?: string,
  visibility?: MetadataVisibility,
): void {
  const ss = owner._spreadsheet();
  ss._checkMetadataRoom(key.length + (value ?? '').length);
  owner._metadata.push(
    new FakeDeveloperMetadata(env, owner, ss._nextMetadataId++, key, value ?? null, visibility),
  );
}

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

/** What a metadata entry is on: a sheet, or the spreadsheet itself. */
export interface MetadataOwner {
  readonly _metadata: FakeDeveloperMetadata[];
  _spreadsheet(): FakeSpreadsheet;
}

export class FakeDeveloperMetadataLocation {
  constructor(
    readonly _env: Env,
    readonly _owner: MetadataOwner,
  ) {}
  getLocationType() {
    return this._owner === this._owner._spreadsheet() ? 'SPREADSHEET' : 'SHEET';
  }
  getSheet() {
    return this.getLocationType() === 'SHEET' ? (this._owner as FakeSheet) : null;
  }
  getSpreadsheet() {
    return this.getLocationType() === 'SPREADSHEET' ? this._owner._spreadsheet() : null;
  }
}

export class FakeDeveloperMetadata {
  constructor(
    readonly _env: Env,
    readonly _owner: MetadataOwner,
    readonly _id: number,
    readonly _key: string,
    public _value: string | null,
    readonly _visibility: MetadataVisibility = 'DOCUMENT',
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
    this._owner._spreadsheet()._checkMetadataRoom(value.length - (this._value ?? '').length);
    this._value = value;
    return this;
  }
  getVisibility() {
    return this._visibility;
  }
  getLocation() {
    return new FakeDeveloperMetadataLocation(this._env, this._owner);
  }
  remove() {
    const list = this._owner._metadata;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
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
      [this._ss, ...this._ss._sheets].flatMap((s) =>
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
