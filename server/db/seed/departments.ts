import type { DepartmentsTable } from '../schema'

/** A department row to seed. */
export type DepartmentSeed = Pick<DepartmentsTable, 'code' | 'name' | 'short_name' | 'kind'>

/**
 * Real departments of 扬州市 (names as on the 扬州市人民政府 website, www.yangzhou.gov.cn, 机构设置), with short
 * codes `3210-<拼音首字母>`. Order is the display order. 国家税务总局扬州市税务局 is vertically managed, not a
 * municipal department, but residents meet it in the same 政务服务 hall, so it is listed.
 */
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  { code: '3210-ZFB', name: '扬州市人民政府办公室', short_name: '市政府办', kind: 'office' },
  { code: '3210-12345', name: '扬州市12345政府服务热线', short_name: '市政府热线办', kind: 'hotline' },
  { code: '3210-SPJ', name: '扬州市行政审批局', short_name: '市行政审批局', kind: 'bureau' },
  { code: '3210-SJJ', name: '扬州市数据局', short_name: '市数据局', kind: 'bureau' },
  { code: '3210-FGW', name: '扬州市发展和改革委员会', short_name: '市发改委', kind: 'bureau' },
  { code: '3210-JYJ', name: '扬州市教育局', short_name: '市教育局', kind: 'bureau' },
  { code: '3210-GXJ', name: '扬州市工业和信息化局', short_name: '市工信局', kind: 'bureau' },
  { code: '3210-GAJ', name: '扬州市公安局', short_name: '市公安局', kind: 'bureau' },
  { code: '3210-MZJ', name: '扬州市民政局', short_name: '市民政局', kind: 'bureau' },
  { code: '3210-SFJ', name: '扬州市司法局', short_name: '市司法局', kind: 'bureau' },
  { code: '3210-CZJ', name: '扬州市财政局', short_name: '市财政局', kind: 'bureau' },
  { code: '3210-RSJ', name: '扬州市人力资源和社会保障局', short_name: '市人社局', kind: 'bureau' },
  { code: '3210-ZRZY', name: '扬州市自然资源和规划局', short_name: '市资源规划局', kind: 'bureau' },
  { code: '3210-STHJ', name: '扬州市生态环境局', short_name: '市生态环境局', kind: 'bureau' },
  { code: '3210-ZJJ', name: '扬州市住房和城乡建设局', short_name: '市住建局', kind: 'bureau' },
  { code: '3210-CGJ', name: '扬州市城市管理局', short_name: '市城管局', kind: 'bureau' },
  { code: '3210-JTJ', name: '扬州市交通运输局', short_name: '市交通运输局', kind: 'bureau' },
  { code: '3210-SLJ', name: '扬州市水利局', short_name: '市水利局', kind: 'bureau' },
  { code: '3210-NYJ', name: '扬州市农业农村局', short_name: '市农业农村局', kind: 'bureau' },
  { code: '3210-SWJ', name: '扬州市商务局', short_name: '市商务局', kind: 'bureau' },
  { code: '3210-WGLJ', name: '扬州市文化广电和旅游局', short_name: '市文广旅局', kind: 'bureau' },
  { code: '3210-WJW', name: '扬州市卫生健康委员会', short_name: '市卫健委', kind: 'bureau' },
  { code: '3210-TYJ', name: '扬州市退役军人事务局', short_name: '市退役军人局', kind: 'bureau' },
  { code: '3210-YJJ', name: '扬州市应急管理局', short_name: '市应急管理局', kind: 'bureau' },
  { code: '3210-SCJG', name: '扬州市市场监督管理局', short_name: '市市场监管局', kind: 'bureau' },
  { code: '3210-YBJ', name: '扬州市医疗保障局', short_name: '市医保局', kind: 'bureau' },
  { code: '3210-GJJ', name: '扬州市住房公积金管理中心', short_name: '市公积金中心', kind: 'center' },
  { code: '3210-SWU', name: '国家税务总局扬州市税务局', short_name: '市税务局', kind: 'vertical' },
  // 12345 hands these tickets to the fire service and the public utilities directly (issue #4).
  { code: '3210-XFZD', name: '扬州市消防救援支队', short_name: '市消防救援支队', kind: 'vertical' },
  { code: '3210-ZLS', name: '扬州市自来水有限责任公司', short_name: '市自来水公司', kind: 'utility' },
  { code: '3210-GDGS', name: '国网扬州供电公司', short_name: '扬州供电公司', kind: 'utility' },
  { code: '3210-GHRQ', name: '扬州港华燃气有限公司', short_name: '港华燃气', kind: 'utility' },
]
