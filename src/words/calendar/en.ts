/** The words of the festival calendar, in English. */
import type { CalendarWords } from './catalogue';

export const calendarEn: CalendarWords = {
  festivals: {
    newYear: "New Year's Day",
    chuxi: "New Year's Eve",
    springFestival: 'Spring Festival',
    lantern: 'Lantern Festival',
    valentines: "Valentine's Day",
    womensDay: "International Women's Day",
    qingming: 'Qingming',
    labourDay: 'Labour Day',
    mothersDay: "Mother's Day",
    childrensDay: "Children's Day",
    dragonBoat: 'Dragon Boat Festival',
    midYearSale: '618',
    fathersDay: "Father's Day",
    qixi: 'Qixi',
    midAutumn: 'Mid-Autumn Festival',
    nationalDay: 'National Day',
    doubleNinth: 'Double Ninth',
    singlesDay: "Singles' Day",
    blackFriday: 'Black Friday',
    doubleTwelve: 'Double Twelve',
    christmas: 'Christmas',
  },

  errors: {
    unknownFestival: (name, known) =>
      `"${name}" is not a festival SheetCare knows. It knows: ${known}.`,
    festivalYear: (value, first, last) =>
      `year must be a whole year from ${first} to ${last}, not "${value}".`,
  },
};
