/** The company reception's navigation group, as the people section's forms name it (OFFICE-08 to 11). */
import { L } from '../../src/lib/i18n'

export const officeGroup = L('公司前臺', 'Company reception')
