import Taro from '@tarojs/taro'
import './staff-console.scss'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovSelect } from '../../../components/gov-select'
import { GovTag } from '../../../components/gov-tag'
import { useStaffSession } from '../../../lib/auth/session'
import { useDepartments } from '../../../lib/departments/get-departments'
import { setStaffScope, useStaffScope } from '../model/scope'
import { sectionsFor } from '../model/sections'

/** The department scope selector: administrators only (a clerk's scope is their department, set by the server). */
function ScopeSelector() {
  const departments = useDepartments()
  const scope = useStaffScope()
  return (
    <GovSelect
      id="staff-scope"
      label="部门范围"
      placeholder="全部部门"
      hint="工单队列只显示所选部门承办的工单"
      value={scope === null ? '' : String(scope)}
      options={[
        { value: '', label: '全部部门' },
        ...(departments.data?.items ?? []).map((d) => ({ value: String(d.id), label: d.name })),
      ]}
      onChange={(v) => setStaffScope(v ? Number(v) : null)}
    />
  )
}

/**
 * The staff console: the sections the signed-in role may use, by feature — live ones open their pages, declared ones
 * say 即将上线 — and, for administrators, the department scope.
 */
export function StaffConsoleNav() {
  const session = useStaffSession()
  if (!session) return null
  const role = session.staff.role
  return (
    <>
      {role === 'admin' ? (
        <GovCellGroup title="范围">
          <div className="staff-console__scope">
            <ScopeSelector />
          </div>
        </GovCellGroup>
      ) : null}
      <GovCellGroup title="工作">
        {sectionsFor(role).map((section) =>
          section.state === 'live' && section.route ? (
            <GovCell
              key={section.key}
              title={section.title}
              description={section.description}
              onClick={() => void Taro.navigateTo({ url: section.route! })}
            />
          ) : (
            <GovCell
              key={section.key}
              title={section.title}
              description={section.description}
              extra={<GovTag>即将上线</GovTag>}
            />
          ),
        )}
      </GovCellGroup>
    </>
  )
}
