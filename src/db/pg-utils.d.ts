/** pg's own value preparation and literal escaping (pg/lib/utils.js, CommonJS), used to write parameters as literals. */
declare module 'pg/lib/utils' {
  const utils: {
    prepareValue(value: unknown): string | Buffer | null
    escapeLiteral(value: string): string
  }
  export default utils
}
