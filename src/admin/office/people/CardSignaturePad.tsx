'use client'
/**
 * OFFICE-08 the new employee signs for the card on screen: the property desk's signature pad
 * (src/admin/property/FollowUpSignaturePad.tsx) for the access card. 「保存簽名」 uploads the drawing as
 * a PNG attachment of the record's site (POST /api/documents) into `signature` and ticks
 * 「員工已簽字登記」; the card is then saved as usual. A scan of the signed page goes in the same field.
 */
import { Button, toast, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

const words = {
  title: { zh: '员工在屏幕上签字领卡', 'zh-TW': '員工在屏幕上簽字領卡', en: 'The employee signs on screen' },
  clear: { zh: '重写', 'zh-TW': '重寫', en: 'Clear' },
  save: { zh: '保存签名', 'zh-TW': '保存簽名', en: 'Use this signature' },
  empty: { zh: '请先签名', 'zh-TW': '請先簽名', en: 'Sign first' },
  noSite: { zh: '请先选择站点', 'zh-TW': '請先選擇站點', en: 'Choose the site first' },
  saved: { zh: '签名已保存,请保存领卡登记', 'zh-TW': '簽名已保存,請保存領卡登記', en: 'Signature added; save the card' },
  failed: { zh: '签名上传失败', 'zh-TW': '簽名上傳失敗', en: 'The signature could not be uploaded' },
  file: { zh: '领卡签名', 'zh-TW': '領卡簽名', en: 'Card signature' },
} as const

type Lang = 'zh' | 'zh-TW' | 'en'

export function CardSignaturePad() {
  const { i18n } = useTranslation()
  const lang = (['zh', 'zh-TW', 'en'].includes(i18n.language) ? i18n.language : 'zh') as Lang
  const t = (w: Record<Lang, string>) => w[lang]
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const [drawn, setDrawn] = useState(false)
  const [busy, setBusy] = useState(false)
  const { setValue } = useField<number | null>({ path: 'signature' })
  const { setValue: setSigned } = useField<boolean>({ path: 'holderSigned' })
  const site = useFormFields(([fields]) => fields.site?.value) as number | { id: number } | undefined

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx) return
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height)
    ctx.lineWidth = 2.5
    ctx.lineCap = 'round'
    ctx.strokeStyle = '#111'
  }, [])

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect()
    return [((e.clientX - r.left) * e.currentTarget.width) / r.width, ((e.clientY - r.top) * e.currentTarget.height) / r.height] as const
  }
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d')!
    e.currentTarget.setPointerCapture(e.pointerId)
    drawing.current = true
    const [x, y] = point(e)
    ctx.beginPath()
    ctx.moveTo(x, y)
  }
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return
    const ctx = e.currentTarget.getContext('2d')!
    const [x, y] = point(e)
    ctx.lineTo(x, y)
    ctx.stroke()
    setDrawn(true)
  }
  const up = () => {
    drawing.current = false
  }
  const clear = () => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx) return
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height)
    setDrawn(false)
  }
  const save = async () => {
    if (!drawn || !canvas.current) return toast.error(t(words.empty))
    const siteId = typeof site === 'object' && site ? site.id : site
    if (!siteId) return toast.error(t(words.noSite))
    setBusy(true)
    try {
      const blob = await new Promise<Blob | null>((resolve) => canvas.current!.toBlob(resolve, 'image/png'))
      if (!blob) throw new Error('no image')
      const form = new FormData()
      form.append('file', blob, `signature-${Date.now()}.png`)
      form.append('_payload', JSON.stringify({ title: t(words.file), site: siteId }))
      const res = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? t(words.failed))
      setValue(body.doc.id)
      setSigned(true)
      toast.success(t(words.saved))
    } catch (error) {
      toast.error((error as Error).message || t(words.failed))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="card-signature" style={{ marginBottom: 'var(--base)' }}>
      <div style={{ marginBottom: 4 }}>{t(words.title)}</div>
      <canvas
        ref={canvas}
        width={600}
        height={180}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        style={{ width: '100%', maxWidth: 600, height: 180, border: '1px solid var(--theme-elevation-250)', borderRadius: 4, touchAction: 'none', background: '#fff' }}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 4 }}>
        <Button buttonStyle="secondary" size="small" onClick={clear} disabled={busy}>{t(words.clear)}</Button>
        <Button buttonStyle="primary" size="small" onClick={save} disabled={busy}>{t(words.save)}</Button>
      </div>
    </div>
  )
}
