/** A header as compared: case, spaces and punctuation do not matter. */
export const normaliseHeader = (header: unknown): string =>
  String(header ?? '')
    .toLowerCase()
    .replace(/[\s\u3000_\-.:：()（）#/]/g, '');
