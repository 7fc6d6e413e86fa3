import type { Metadata } from 'next'
import config from '@payload-config'
import { generatePageMetadata } from '@payloadcms/next/views'
import { AdminNotFound } from '../../../../admin/NotFound'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

// Issue 11 item 7: Next renders this with every admin page; Payload's NotFoundPage computed the person's
// permissions and a whole second navigation each time (src/admin/NotFound.tsx).
const NotFound = () => <AdminNotFound />

export default NotFound
