'use client'
/** Payload's Save button, left out while the record is locked by its workflow (pending or approved). */
import { SaveButton as PayloadSaveButton } from '@payloadcms/ui'
import React from 'react'
import { useWorkflow } from './useWorkflow'

export function SaveButton(props: { label?: string }) {
  const { view } = useWorkflow()
  if (view?.locked) return null
  return <PayloadSaveButton {...props} />
}
