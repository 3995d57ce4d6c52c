/** Vite inlines a file's text for `?raw` imports (the sample articles). */
declare module '*?raw' {
  const text: string;
  export default text;
}
