/**
 * What every 扬州 guide says the same way: the opening hours of the 政务服务中心 windows and of town 便民服务中心, and
 * the 监督投诉 number. One place, so the same hall never shows two different timetables in two guides.
 */

/** 扬州市民中心 (市政务服务中心) and the county halls, standard windows. */
export const HOURS = '周一至周五 8:30-12:00，13:30-17:00（夏季 14:00-17:30），法定节假日除外'

/** Town / street 便民服务中心. */
export const HOURS_TOWN = '周一至周五 8:30-11:30，14:00-17:00'

/** 监督投诉: the 12345 政务服务便民热线. */
export const COMPLAINT = '12345'
