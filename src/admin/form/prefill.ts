/**
 * The address of a create form that fills itself (issue 11 item 3): `prefill[field]=value` for each
 * field (dot paths for groups), read by src/admin/form/FormFill.tsx. Any view or e-mail may link to one.
 */
export const prefill = (values: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(values).map(([k, v]) => [`prefill[${k}]`, String(v)])).toString()

export const createWith = (admin: string, collection: string, values: Record<string, string | number>) =>
  `${admin}/collections/${collection}/create?${prefill(values)}`
