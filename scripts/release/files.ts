/** The files a release writes. */
import path from 'node:path';
import { ROOT } from '../build';

export const CHANGES_FILE = path.join(ROOT, 'src', 'words', 'changes.json');
export const CHANGELOG_FILE = path.join(ROOT, 'CHANGELOG.md');
export const PACKAGE_FILE = path.join(ROOT, 'package.json');
