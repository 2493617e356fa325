/**
 * Trainers write "{name}" and "{pet}" in step texts; each student reads them with their own and their pet's names.
 * A student without a pet on the course reads a neutral word instead of a placeholder.
 */
export function personalize(
  text: string,
  names: { student: string; pet?: string | null; petFallback: string },
): string {
  return text.replaceAll("{name}", names.student).replaceAll("{pet}", names.pet || names.petFallback);
}
