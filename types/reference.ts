import { type Static, Type } from '@sinclair/typebox'

/** Administrative division levels used here: 市, 县级 (区/县/县级市/功能区), 乡级 (镇/街道). */
export const DivisionLevel = { city: 'city', county: 'county', town: 'town' } as const
/** One of {@link DivisionLevel}. */
export type DivisionLevel = (typeof DivisionLevel)[keyof typeof DivisionLevel]

const CodeName = Type.Object({ code: Type.String(), name: Type.String() })

/** `GET /api/divisions`: 扬州市, its county-level units and their towns/streets (GB/T 2260 + 统计用区划代码). */
export const DivisionTree = Type.Object({
  city: CodeName,
  counties: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), towns: Type.Array(CodeName) })),
})
/** Static type of {@link DivisionTree}. */
export type DivisionTree = Static<typeof DivisionTree>

/** Department kinds: 政府工作部门, 直属/事业单位, 垂直管理, 热线. */
export const DepartmentKind = {
  bureau: 'bureau',
  office: 'office',
  center: 'center',
  vertical: 'vertical',
  hotline: 'hotline',
} as const
/** One of {@link DepartmentKind}. */
export type DepartmentKind = (typeof DepartmentKind)[keyof typeof DepartmentKind]

/** A department as listed by `GET /api/departments`. */
export const Department = Type.Object({
  id: Type.Integer(),
  code: Type.String({ description: '短代码，如 3210-RSJ' }),
  name: Type.String(),
  shortName: Type.String(),
})
/** Static type of {@link Department}. */
export type Department = Static<typeof Department>

/** `GET /api/departments` answer. */
export const DepartmentList = Type.Object({ items: Type.Array(Department) })
/** Static type of {@link DepartmentList}. */
export type DepartmentList = Static<typeof DepartmentList>
