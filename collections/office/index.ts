/**
 * 公司前臺 — the company reception's desk (新華速匯, OFFICE-01 to OFFICE-11), in three sections as the
 * procedure document has them: the reception (calls, visitors, parcels, meetings), the office's affairs
 * (travel, supplies, the archive index) and the people (cards and leaving, directory, attendance,
 * personnel files). The company's departments and people come first (people-seed.ts).
 */
import { joinDesk } from '../desk'
import { L } from '../../src/lib/i18n'
import { company } from './company'
import { reception } from './reception'
import { affairs } from './affairs'
import { people } from './people'

export const officeDesk = joinDesk('office', L('公司前臺', 'Company reception'), [company, reception, affairs, people])
