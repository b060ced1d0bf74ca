/** The `hyphen` package ships no types; the part the text fitting uses (hyphen/de = de-1996, hyphen/en-gb). */
interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/de' {
  const hyphenator: HyphenPatterns;
  export default hyphenator;
}
declare module 'hyphen/en-gb' {
  const hyphenator: HyphenPatterns;
  export default hyphenator;
}
