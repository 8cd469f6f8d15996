/**
 * A JavaScript regular expression as RE2 reads it (BigQuery's REGEXP_CONTAINS and DuckDB's
 * regexp_matches both use RE2), so the SQL tests text with the very patterns the sheet path
 * uses: `\uXXXX` becomes `\x{XXXX}`, a bare `[` inside a class is escaped (RE2 would read
 * `[:` as a class name), and the i flag becomes `(?i)`. Only what these patterns use is
 * translated; a pattern with anything RE2 lacks (look-around, back-references) is refused.
 */
export function sqlRegex(re: RegExp): string {
  const src = re.source;
  if (/\(\?[=!<]|\\[1-9]/.test(src)) throw new Error(`RE2 cannot read /${src}/`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const u = /^u([0-9a-fA-F]{4})/.exec(src.slice(i + 1));
      if (u) {
        out += `\\x{${u[1]}}`;
        i += 5;
      } else {
        out += ch + src[i + 1];
        i++;
      }
    } else if (inClass && ch === '[') out += '\\[';
    else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return (re.flags.includes('i') ? '(?i)' : '') + out;
}
