/** The part of s3rver (no types of its own) that tests/scale uses. */
declare module 's3rver' {
  export default class S3rver {
    constructor(options: { address?: string; port?: number; silent?: boolean; directory?: string; configureBuckets?: { name: string; configs: (string | Buffer)[] }[] })
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
  }
}
