import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { HistoryPanel as HistoryPanel_38e89086208f14517aacc547a02104f4 } from '../../../admin/workflow/HistoryPanel'
import { ExportMenu as ExportMenu_13b61777fe0a6daf7f82895096afb89c } from '../../../admin/ExportMenu'
import { ActionBar as ActionBar_1ebfd677ebf6eb97c367391c9246522a } from '../../../admin/workflow/ActionBar'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { SaveButton as SaveButton_a455fef1c49d2a4032f3da69fb4e71af } from '../../../admin/workflow/SaveButton'
import { PositionCell as PositionCell_b234ac50f7fd7cba1e7fe725cb7e389a } from '../../../admin/workflow/PositionLabel'
import { PositionField as PositionField_b234ac50f7fd7cba1e7fe725cb7e389a } from '../../../admin/workflow/PositionLabel'
import { CalendarGaps as CalendarGaps_9ff2e0a8c9b8df3702205f3ae0ad6f99 } from '../../../admin/schedules/CalendarGaps'
import { CallPopupSlot as CallPopupSlot_823e6f4581d22256f946560c9a0c36ca } from '../../../admin/devices/CallPopupSlot'
import { WorkflowNavLinks as WorkflowNavLinks_2dfc363c3cdee0bbe3a0f4b2848ae3ef } from '../../../admin/workflow/NavLinks'
import { StatisticsNavLink as StatisticsNavLink_320fb3d2166045ba12cc89416002d5fc } from '../../../admin/schedules/NavLinks'
import { DevicesNavLink as DevicesNavLink_62c6171fe41a5c3764745ceaa754a486 } from '../../../admin/devices/NavLink'
import { CareNavLinks as CareNavLinks_3f700cebdc562c64564802bab195af2d } from '../../../admin/care/NavLinks'
import { TodayPanel as TodayPanel_6f88ad46edf147ef8be1c8889052bf1e } from '../../../admin/schedules/TodayPanel'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { InboxView as InboxView_452d578aba894eb58578c83a73267993 } from '../../../admin/workflow/InboxView'
import { TasksView as TasksView_5f84598465876689fb508fc91a2dc525 } from '../../../admin/workflow/TasksView'
import { StatisticsView as StatisticsView_f972f070f80deb47cce20998b6e298c4 } from '../../../admin/schedules/StatisticsView'
import { DevicesView as DevicesView_7882849b0277cb7c5e79506454431ca7 } from '../../../admin/devices/DevicesView'
import { BedMapView as BedMapView_fc9a869f1219435bd2b787a2a004ca4e } from '../../../admin/care/BedMapView'
import { FollowUpView as FollowUpView_d8db4d0eedd8c79ebd194b3dff7d8943 } from '../../../admin/care/FollowUpView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/admin/workflow/HistoryPanel#HistoryPanel": HistoryPanel_38e89086208f14517aacc547a02104f4,
  "/src/admin/ExportMenu#ExportMenu": ExportMenu_13b61777fe0a6daf7f82895096afb89c,
  "/src/admin/workflow/ActionBar#ActionBar": ActionBar_1ebfd677ebf6eb97c367391c9246522a,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/admin/workflow/SaveButton#SaveButton": SaveButton_a455fef1c49d2a4032f3da69fb4e71af,
  "/src/admin/workflow/PositionLabel#PositionCell": PositionCell_b234ac50f7fd7cba1e7fe725cb7e389a,
  "/src/admin/workflow/PositionLabel#PositionField": PositionField_b234ac50f7fd7cba1e7fe725cb7e389a,
  "/src/admin/schedules/CalendarGaps#CalendarGaps": CalendarGaps_9ff2e0a8c9b8df3702205f3ae0ad6f99,
  "/src/admin/devices/CallPopupSlot#CallPopupSlot": CallPopupSlot_823e6f4581d22256f946560c9a0c36ca,
  "/src/admin/workflow/NavLinks#WorkflowNavLinks": WorkflowNavLinks_2dfc363c3cdee0bbe3a0f4b2848ae3ef,
  "/src/admin/schedules/NavLinks#StatisticsNavLink": StatisticsNavLink_320fb3d2166045ba12cc89416002d5fc,
  "/src/admin/devices/NavLink#DevicesNavLink": DevicesNavLink_62c6171fe41a5c3764745ceaa754a486,
  "/src/admin/care/NavLinks#CareNavLinks": CareNavLinks_3f700cebdc562c64564802bab195af2d,
  "/src/admin/schedules/TodayPanel#TodayPanel": TodayPanel_6f88ad46edf147ef8be1c8889052bf1e,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/src/admin/workflow/InboxView#InboxView": InboxView_452d578aba894eb58578c83a73267993,
  "/src/admin/workflow/TasksView#TasksView": TasksView_5f84598465876689fb508fc91a2dc525,
  "/src/admin/schedules/StatisticsView#StatisticsView": StatisticsView_f972f070f80deb47cce20998b6e298c4,
  "/src/admin/devices/DevicesView#DevicesView": DevicesView_7882849b0277cb7c5e79506454431ca7,
  "/src/admin/care/BedMapView#BedMapView": BedMapView_fc9a869f1219435bd2b787a2a004ca4e,
  "/src/admin/care/FollowUpView#FollowUpView": FollowUpView_d8db4d0eedd8c79ebd194b3dff7d8943,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
