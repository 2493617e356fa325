// C0 controls and DEL, except tab, line feed and carriage return, which texts legitimately hold.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_REPORTED = 20;

/** Dotted paths of the strings (keys included) in a parsed JSON value that hold a control character. */
export function findControlCharacters(value: unknown, path = "", found: string[] = []): string[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === "string") {
    if (CONTROL.test(value)) found.push(path || "_");
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findControlCharacters(item, path ? `${path}.${index}` : String(index), found));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (CONTROL.test(key)) found.push(at);
      else findControlCharacters(item, at, found);
    }
  }
  return found;
}
