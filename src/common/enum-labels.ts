/** `CODE: 中文; …` — how an enum's Chinese labels are shown in OpenAPI descriptions. */
export function describeLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}
