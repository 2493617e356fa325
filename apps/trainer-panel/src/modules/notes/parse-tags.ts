/** "Motivation, leash ,, sit" → ["motivation", "leash", "sit"]; the API validates each tag. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
