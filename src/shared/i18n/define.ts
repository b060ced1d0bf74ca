/** A catalogue area: English defines the keys, German must provide every one of them. */
export function defineMessages<const E extends Record<string, string>>(en: E, de: { [K in keyof E]: string }) {
  return { en, de } as const;
}
