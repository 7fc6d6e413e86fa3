import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { DateCell as DateCell_948b8e9e3970b1ce9db40514e6cde3bb } from '../../../../src/admin/list/DateCell'
import { DateField as DateField_1de7792daf0be4789e31d6a9bc7da993 } from '../../../../src/admin/DateField'
import { RelatedCell as RelatedCell_b50665310f1a64b33c7dc8062cb8d474 } from '../../../../src/admin/list/RelatedCell'
import { HistoryPanel as HistoryPanel_38e89086208f14517aacc547a02104f4 } from '../../../../src/admin/workflow/HistoryPanel'
import { ExportMenu as ExportMenu_13b61777fe0a6daf7f82895096afb89c } from '../../../../src/admin/ExportMenu'
import { FormFill as FormFill_8e87322e238b933f9757c6aa0e8dc3d6 } from '../../../../src/admin/form/FormFill'
import { ActionBar as ActionBar_1ebfd677ebf6eb97c367391c9246522a } from '../../../../src/admin/workflow/ActionBar'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { SaveButton as SaveButton_a455fef1c49d2a4032f3da69fb4e71af } from '../../../../src/admin/workflow/SaveButton'
import { PositionCell as PositionCell_b234ac50f7fd7cba1e7fe725cb7e389a } from '../../../../src/admin/workflow/PositionLabel'
import { PositionField as PositionField_b234ac50f7fd7cba1e7fe725cb7e389a } from '../../../../src/admin/workflow/PositionLabel'
import { SignaturePad as SignaturePad_41c7226549c834bbd7a84eb5c532b6aa } from '../../../../src/admin/form/SignaturePad'
import { PreferencesFill as PreferencesFill_3805d158f984e1d608e7da295ab59180 } from '../../../../src/admin/office/affairs/PreferencesFill'
import { CollectionCell as CollectionCell_54afe845f8c84f64a1eaa4f953ebeb03 } from '../../../../src/admin/workflow/CollectionLabel'
import { CollectionField as CollectionField_54afe845f8c84f64a1eaa4f953ebeb03 } from '../../../../src/admin/workflow/CollectionLabel'
import { PlainCodeField as PlainCodeField_ead95c55b2583ae4e14387ab504d7747 } from '../../../../src/admin/PlainCode'
import { GateStateCell as GateStateCell_842138583619743e03a9098a35662196 } from '../../../../src/admin/devices/GateState'
import { GateStateField as GateStateField_842138583619743e03a9098a35662196 } from '../../../../src/admin/devices/GateState'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { CalendarGaps as CalendarGaps_9ff2e0a8c9b8df3702205f3ae0ad6f99 } from '../../../../src/admin/schedules/CalendarGaps'
import { CallPopupSlot as CallPopupSlot_823e6f4581d22256f946560c9a0c36ca } from '../../../../src/admin/devices/CallPopupSlot'
import { StatisticsNavLink as StatisticsNavLink_320fb3d2166045ba12cc89416002d5fc } from '../../../../src/admin/schedules/NavLinks'
import { DevicesNavLink as DevicesNavLink_62c6171fe41a5c3764745ceaa754a486 } from '../../../../src/admin/devices/NavLink'
import { TodayPanel as TodayPanel_6f88ad46edf147ef8be1c8889052bf1e } from '../../../../src/admin/schedules/TodayPanel'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { DeskNavLinks as DeskNavLinks_7bd7051191e6386e2dfd013b32f4cb4d } from '../../../../src/admin/home/DeskNavLinks'
import { WorkflowNavLinks as WorkflowNavLinks_2dfc363c3cdee0bbe3a0f4b2848ae3ef } from '../../../../src/admin/workflow/NavLinks'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { InboxView as InboxView_452d578aba894eb58578c83a73267993 } from '../../../../src/admin/workflow/InboxView'
import { TasksView as TasksView_5f84598465876689fb508fc91a2dc525 } from '../../../../src/admin/workflow/TasksView'
import { StatisticsView as StatisticsView_f972f070f80deb47cce20998b6e298c4 } from '../../../../src/admin/schedules/StatisticsView'
import { DevicesView as DevicesView_7882849b0277cb7c5e79506454431ca7 } from '../../../../src/admin/devices/DevicesView'
import { BedMapView as BedMapView_fc9a869f1219435bd2b787a2a004ca4e } from '../../../../src/admin/care/BedMapView'
import { FollowUpView as FollowUpView_d8db4d0eedd8c79ebd194b3dff7d8943 } from '../../../../src/admin/care/FollowUpView'
import { ArrearsImportView as ArrearsImportView_d55ce495de9e2724632ea5af328816d1 } from '../../../../src/admin/property/ArrearsImportView'
import { FollowUpRatesView as FollowUpRatesView_112d920e8bb4afe0adc6b2bb7d85c60f } from '../../../../src/admin/property/FollowUpRatesView'
import { KeyCabinetView as KeyCabinetView_11068d7ef90a887dc9a18c209c386cf1 } from '../../../../src/admin/property/KeyCabinetView'
import { SupplySummaryView as SupplySummaryView_7ab8477e2a028228f13c759cdbb10825 } from '../../../../src/admin/office/affairs/SupplySummaryView'
import { DirectoryView as DirectoryView_a0e91fcf89999baad57a54e429d04ddf } from '../../../../src/admin/office/people/DirectoryView'
import { AttendanceSummaryView as AttendanceSummaryView_04efadab83b4f1fcc2502edb19ff3b3a } from '../../../../src/admin/office/people/AttendanceSummaryView'
import { MemberTodayView as MemberTodayView_625a763edd696360ff78b92ef3eec30c } from '../../../../src/admin/member/TodayView'
import { MemberReportsView as MemberReportsView_ca282686988aeedab3284035ad87766b } from '../../../../src/admin/member/ReportsView'
import { DeskCards as DeskCards_207f116447ac29394fb986da98fd42b7 } from '../../../../src/admin/home/DeskCards'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { CareNavLinks as CareNavLinks_3f700cebdc562c64564802bab195af2d } from '../../../../src/admin/care/NavLinks'
import { ArrearsImportNavLink as ArrearsImportNavLink_34ca4ebb9daa13dec0bb7e802e44af0c } from '../../../../src/admin/property/ArrearsImportNavLink'
import { FollowUpRatesNavLink as FollowUpRatesNavLink_e0ff39785cd2d50f27bf1bf767a43a31 } from '../../../../src/admin/property/FollowUpRatesNavLink'
import { KeyCabinetNavLinks as KeyCabinetNavLinks_279973e8dd5c2ef7e8085df405b3f3da } from '../../../../src/admin/property/KeyCabinetNavLinks'
import { DirectoryNavLink as DirectoryNavLink_addf7c001edf0f8620fe0ef580f56286 } from '../../../../src/admin/office/people/DirectoryNavLink'
import { MemberNavLinks as MemberNavLinks_fd354977ab73c233544958a14286bb5f } from '../../../../src/admin/member/NavLinks'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/admin/list/DateCell#DateCell": DateCell_948b8e9e3970b1ce9db40514e6cde3bb,
  "/src/admin/DateField#DateField": DateField_1de7792daf0be4789e31d6a9bc7da993,
  "/src/admin/list/RelatedCell#RelatedCell": RelatedCell_b50665310f1a64b33c7dc8062cb8d474,
  "/src/admin/workflow/HistoryPanel#HistoryPanel": HistoryPanel_38e89086208f14517aacc547a02104f4,
  "/src/admin/ExportMenu#ExportMenu": ExportMenu_13b61777fe0a6daf7f82895096afb89c,
  "/src/admin/form/FormFill#FormFill": FormFill_8e87322e238b933f9757c6aa0e8dc3d6,
  "/src/admin/workflow/ActionBar#ActionBar": ActionBar_1ebfd677ebf6eb97c367391c9246522a,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/admin/workflow/SaveButton#SaveButton": SaveButton_a455fef1c49d2a4032f3da69fb4e71af,
  "/src/admin/workflow/PositionLabel#PositionCell": PositionCell_b234ac50f7fd7cba1e7fe725cb7e389a,
  "/src/admin/workflow/PositionLabel#PositionField": PositionField_b234ac50f7fd7cba1e7fe725cb7e389a,
  "/src/admin/form/SignaturePad#SignaturePad": SignaturePad_41c7226549c834bbd7a84eb5c532b6aa,
  "/src/admin/office/affairs/PreferencesFill#PreferencesFill": PreferencesFill_3805d158f984e1d608e7da295ab59180,
  "/src/admin/workflow/CollectionLabel#CollectionCell": CollectionCell_54afe845f8c84f64a1eaa4f953ebeb03,
  "/src/admin/workflow/CollectionLabel#CollectionField": CollectionField_54afe845f8c84f64a1eaa4f953ebeb03,
  "/src/admin/PlainCode#PlainCodeField": PlainCodeField_ead95c55b2583ae4e14387ab504d7747,
  "/src/admin/devices/GateState#GateStateCell": GateStateCell_842138583619743e03a9098a35662196,
  "/src/admin/devices/GateState#GateStateField": GateStateField_842138583619743e03a9098a35662196,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/admin/schedules/CalendarGaps#CalendarGaps": CalendarGaps_9ff2e0a8c9b8df3702205f3ae0ad6f99,
  "/src/admin/devices/CallPopupSlot#CallPopupSlot": CallPopupSlot_823e6f4581d22256f946560c9a0c36ca,
  "/src/admin/schedules/NavLinks#StatisticsNavLink": StatisticsNavLink_320fb3d2166045ba12cc89416002d5fc,
  "/src/admin/devices/NavLink#DevicesNavLink": DevicesNavLink_62c6171fe41a5c3764745ceaa754a486,
  "/src/admin/schedules/TodayPanel#TodayPanel": TodayPanel_6f88ad46edf147ef8be1c8889052bf1e,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "/src/admin/home/DeskNavLinks#DeskNavLinks": DeskNavLinks_7bd7051191e6386e2dfd013b32f4cb4d,
  "/src/admin/workflow/NavLinks#WorkflowNavLinks": WorkflowNavLinks_2dfc363c3cdee0bbe3a0f4b2848ae3ef,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/admin/workflow/InboxView#InboxView": InboxView_452d578aba894eb58578c83a73267993,
  "/src/admin/workflow/TasksView#TasksView": TasksView_5f84598465876689fb508fc91a2dc525,
  "/src/admin/schedules/StatisticsView#StatisticsView": StatisticsView_f972f070f80deb47cce20998b6e298c4,
  "/src/admin/devices/DevicesView#DevicesView": DevicesView_7882849b0277cb7c5e79506454431ca7,
  "/src/admin/care/BedMapView#BedMapView": BedMapView_fc9a869f1219435bd2b787a2a004ca4e,
  "/src/admin/care/FollowUpView#FollowUpView": FollowUpView_d8db4d0eedd8c79ebd194b3dff7d8943,
  "/src/admin/property/ArrearsImportView#ArrearsImportView": ArrearsImportView_d55ce495de9e2724632ea5af328816d1,
  "/src/admin/property/FollowUpRatesView#FollowUpRatesView": FollowUpRatesView_112d920e8bb4afe0adc6b2bb7d85c60f,
  "/src/admin/property/KeyCabinetView#KeyCabinetView": KeyCabinetView_11068d7ef90a887dc9a18c209c386cf1,
  "/src/admin/office/affairs/SupplySummaryView#SupplySummaryView": SupplySummaryView_7ab8477e2a028228f13c759cdbb10825,
  "/src/admin/office/people/DirectoryView#DirectoryView": DirectoryView_a0e91fcf89999baad57a54e429d04ddf,
  "/src/admin/office/people/AttendanceSummaryView#AttendanceSummaryView": AttendanceSummaryView_04efadab83b4f1fcc2502edb19ff3b3a,
  "/src/admin/member/TodayView#MemberTodayView": MemberTodayView_625a763edd696360ff78b92ef3eec30c,
  "/src/admin/member/ReportsView#MemberReportsView": MemberReportsView_ca282686988aeedab3284035ad87766b,
  "/src/admin/home/DeskCards#DeskCards": DeskCards_207f116447ac29394fb986da98fd42b7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "/src/admin/care/NavLinks#CareNavLinks": CareNavLinks_3f700cebdc562c64564802bab195af2d,
  "/src/admin/property/ArrearsImportNavLink#ArrearsImportNavLink": ArrearsImportNavLink_34ca4ebb9daa13dec0bb7e802e44af0c,
  "/src/admin/property/FollowUpRatesNavLink#FollowUpRatesNavLink": FollowUpRatesNavLink_e0ff39785cd2d50f27bf1bf767a43a31,
  "/src/admin/property/KeyCabinetNavLinks#KeyCabinetNavLinks": KeyCabinetNavLinks_279973e8dd5c2ef7e8085df405b3f3da,
  "/src/admin/office/people/DirectoryNavLink#DirectoryNavLink": DirectoryNavLink_addf7c001edf0f8620fe0ef580f56286,
  "/src/admin/member/NavLinks#MemberNavLinks": MemberNavLinks_fd354977ab73c233544958a14286bb5f
}
