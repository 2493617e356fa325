/** `{name}` in a text replaced by its value; a placeholder without a value stays as written, so a gap shows. */
export function fillPlaceholders(text: string, values?: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (values?.[name] ?? match).toString());
}
