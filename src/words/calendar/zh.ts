/** The words of the festival calendar, in Chinese. */
import type { CalendarWords } from './catalogue';

export const calendarZh: CalendarWords = {
  festivals: {
    newYear: '元旦',
    chuxi: '除夕',
    springFestival: '春节',
    lantern: '元宵',
    valentines: '情人节',
    womensDay: '妇女节',
    qingming: '清明',
    labourDay: '劳动节',
    mothersDay: '母亲节',
    childrensDay: '儿童节',
    dragonBoat: '端午',
    midYearSale: '618',
    fathersDay: '父亲节',
    qixi: '七夕',
    midAutumn: '中秋',
    nationalDay: '国庆',
    doubleNinth: '重阳',
    singlesDay: '双十一',
    blackFriday: '黑色星期五',
    doubleTwelve: '双十二',
    christmas: '圣诞',
  },

  errors: {
    unknownFestival: (name, known) => `SheetCare 不认识节日“${name}”。可用的节日：${known}。`,
    festivalYear: (value, first, last) =>
      `年份必须是 ${first} 到 ${last} 之间的整数年，而不是“${value}”。`,
  },
};
