/** HtmlService: the sidebar's HTML file (https://developers.google.com/apps-script/reference/html/html-service). */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import fs from 'node:fs';
import path from 'node:path';

export class FakeHtmlOutput {
  _title = '';
  _width = 300;
  constructor(
    readonly _env: Env,
    public _content: string,
  ) {}
  getContent() {
    return this._content;
  }
  setTitle(title: string) {
    this._title = title;
    return this;
  }
  append(addedContent: string) {
    this._content += addedContent;
    return this;
  }
  getTitle() {
    return this._title;
  }
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  setHeight(_height: number) {
    return this;
  }
}

export class FakeHtmlService {
  constructor(
    readonly _env: Env,
    readonly _dir: string,
  ) {}
  createHtmlOutputFromFile(filename: string) {
    const file = path.join(this._dir, filename.endsWith('.html') ? filename : `${filename}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this._env, fs.readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html?: string) {
    return new FakeHtmlOutput(this._env, html ?? '');
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  Check<NotInRealApi<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>>,
];

countCalls(FakeHtmlService, 'HtmlService');
