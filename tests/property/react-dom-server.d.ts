/** react-dom ships no types here (no @types/react-dom): what the report-view tests use of it. */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: unknown): string
}
