'use client'
/**
 * Signed on screen (PROP-09 the owner's follow-up, PROP-14 the owner collecting keys, OFFICE-08 the
 * employee's card): a pad for a pointer or a finger beside the form's signature field. 「保存簽名」
 * uploads the drawing as a PNG attachment of the record's site (POST /api/documents, the same door and
 * checks as any upload), puts it in `target` and ticks `tick` when the form has a "signed" box; the
 * record is then saved as usual. A scan of the signed paper page goes in the same field instead.
 * Declared with `signaturePad(…)` (src/lib/fields.ts); the words come in as the field's props.
 */
import { Button, toast, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

type Lang = 'zh' | 'zh-TW' | 'en'
type Words = Record<Lang, string>

const words = {
  clear: { zh: '重写', 'zh-TW': '重寫', en: 'Clear' },
  save: { zh: '保存签名', 'zh-TW': '保存簽名', en: 'Use this signature' },
  empty: { zh: '请先签名', 'zh-TW': '請先簽名', en: 'Sign first' },
  noSite: { zh: '请先选择站点', 'zh-TW': '請先選擇站點', en: 'Choose the site first' },
  saved: { zh: '签名已保存,请保存本记录', 'zh-TW': '簽名已保存,請保存本記錄', en: 'Signature added; save the record' },
  failed: { zh: '签名上传失败', 'zh-TW': '簽名上傳失敗', en: 'The signature could not be uploaded' },
} as const

export type SignaturePadProps = { target: string; tick?: string; title: Words; file: Words }

export function SignaturePad({ target, tick, title, file }: SignaturePadProps) {
  const { i18n } = useTranslation()
  const lang = (['zh', 'zh-TW', 'en'].includes(i18n.language) ? i18n.language : 'zh') as Lang
  const t = (w: Words) => w[lang] ?? w.zh
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const [drawn, setDrawn] = useState(false)
  const [busy, setBusy] = useState(false)
  const { setValue } = useField<number | null>({ path: target })
  const { setValue: setSigned } = useField<boolean>({ path: tick ?? `${target}__none` })
  const site = useFormFields(([fields]) => fields.site?.value) as number | { id: number } | undefined

  const blank = () => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx) return
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height)
    ctx.lineWidth = 2.5
    ctx.lineCap = 'round'
    ctx.strokeStyle = '#111'
  }
  useEffect(blank, [])

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
    blank()
    setDrawn(false)
  }
  const save = async () => {
    if (!drawn || !canvas.current) return toast.error(t(words.empty))
    const siteId = typeof site === 'object' && site ? site.id : site
    if (!siteId) return toast.error(t(words.noSite))
    setBusy(true)
    try {
      const blob = await new Promise<Blob | null>((resolve) => canvas.current!.toBlob(resolve, 'image/png'))
      if (!blob) throw new Error(t(words.failed))
      const form = new FormData()
      form.append('file', blob, `signature-${Date.now()}.png`)
      form.append('_payload', JSON.stringify({ title: t(file), site: siteId }))
      const res = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? t(words.failed))
      setValue(body.doc.id)
      if (tick) setSigned(true)
      toast.success(t(words.saved))
    } catch (error) {
      toast.error((error as Error).message || t(words.failed))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="signature-pad" data-target={target} style={{ marginBottom: 'var(--base)' }}>
      <div style={{ marginBottom: 4 }}>{t(title)}</div>
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
