'use client'
/**
 * Issue 11 item 7, fast lists: the admin panel's "not found" page, in the reader's language, with the
 * way back to the dashboard (as Payload's own page says it). Next renders a segment's not-found page
 * with EVERY page of the segment (it is part of the page's payload, ready to be shown), and Payload's own
 * one recomputed the person's permissions on every collection and drew a second navigation for each
 * list and record opened; this one reads nothing on the server.
 */
import { Button, Gutter, useConfig, useStepNav, useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

export function AdminNotFound() {
  const { t } = useTranslation()
  const { setStepNav } = useStepNav()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  useEffect(() => setStepNav([{ label: t('general:notFound') }]), [setStepNav, t])
  return (
    <div className="not-found not-found--margin-top-large">
      <Gutter className="not-found__wrap">
        <div className="not-found__content">
          <h1>{t('general:nothingFound')}</h1>
          <p>{t('general:sorryNotFound')}</p>
        </div>
        <Button className="not-found__button" el="link" size="large" to={admin}>
          {t('general:backToDashboard')}
        </Button>
      </Gutter>
    </div>
  )
}
