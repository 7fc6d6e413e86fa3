/** Option lists shared by the care-home forms. */
import { L } from '../../src/lib/i18n'

export const genders = { male: L('男', 'Male'), female: L('女', 'Female') }

/** Where an elder is in the home's life cycle; driven by reservations, admission, outings, discharge. */
export const elderStatuses = {
  reserved: L('已預定', 'Reserved'),
  admitted: L('在院', 'Admitted'),
  out: L('外出', 'Out'),
  discharged: L('已出院', 'Discharged'),
}

/** A bed's state, driven by reservations, admission, bed changes and discharge. */
export const bedStatuses = {
  free: L('空閒', 'Free'),
  held: L('預留', 'Held'),
  occupied: L('已入住', 'Occupied'),
}

export const contractClasses = { B: L('B 類', 'Class B'), C: L('C 類', 'Class C') }
