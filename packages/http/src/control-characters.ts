// C0 controls and DEL, except tab, line feed and carriage return, which texts legitimately hold.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_REPORTED = 20;

/**
 * Dotted paths of the strings (keys included) in a parsed JSON value that hold a control character. Iterative, so a
 * deeply nested body cannot overflow the stack; stops after a few findings.
 */
export function findControlCharacters(root: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, ""]];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (CONTROL.test(value)) found.push(path || "_");
    } else if (value && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        const at = path ? `${path}.${key}` : key;
        if (CONTROL.test(key)) found.push(at);
        else stack.push([item, at]);
      }
    }
  }
  return found;
}
