/** The words shared by every wing, in English. */
import type { GroundWords } from './catalogue';

export const groundEn: GroundWords = {
  numberLocale: 'en-US',
  colon: ': ',
  listSeparator: ', ',
  inParens: (text) => ` (${text})`,

  menu: {
    open: 'Open SheetCare',
    analyze: 'Analyze customers',
    reminders: 'Reminders',
    survey: 'Satisfaction survey',
    settings: 'Settings',
    help: 'Help',
  },
  sidebarTitle: 'SheetCare',
  help: [
    'SheetCare knows your customers from your order sheet.',
    '',
    'Analyze customers reads the order sheet and writes the Customers, Summary and Issues sheets.',
    'Reminders lists whom to follow up and whom to remind of replenishment today;',
    'Satisfaction survey reports the satisfaction index of a sheet of answers.',
    '',
    'Formulas (put one at the top of a column; it fills the rows below):',
    '=ABC_CLASS(customers, amounts, [a_share=5%], [b_share=20%])',
    '=AVG_ORDER(customers, amounts, [dates])',
    '=RFM_SCORE(customers, dates, amounts, [as_of])',
    '=RFM_SEGMENT(customers, dates, amounts, [as_of], [model="rf10"|"cn8"], [lang])',
    '=CUSTOMER_STATUS(customers, dates, [as_of], [lost_after_days=180 or a chance such as 30%], [lang])',
    '=NEXT_PURCHASE(customers, dates)',
    '=P_ALIVE(customers, dates, [as_of])',
    '=EXPECTED_PURCHASES(customers, dates, days, [as_of])',
    '=PREDICTED_VALUE(customers, dates, amounts, months, [monthly_discount=1%], [as_of])',
    '=CLV_MODEL(customers, dates, amounts, [as_of])',
    '=HOLIDAY_DATE(name, year)',
    '=CUSTOMER_VALUE(avg_amount, [purchases_per_year=52], [years=4])',
    '=SATISFIED_VALUE(basic_value, [referrals=10], [rate=60%])',
    '=COMPLAINT_LOSS(basic_value, [referrals=10], [rate=90%])',
    '=SATISFACTION_INDEX(answers, [weights], [scale="seed"])',
  ].join('\n'),
  errorTitle: 'SheetCare',
  couldNotFinish: (message) => `SheetCare could not finish: ${message}`,

  fields: {
    customer: 'Customer',
    amount: 'Amount',
    date: 'Date',
    name: 'Name',
    email: 'Email',
    status: 'Status',
    product: 'Product',
    phone: 'Phone',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    orderId: 'Order ID',
    refund: 'Refunded',
    shipping: 'Shipping',
    birthday: 'Birthday',
    consent: 'Accepts marketing',
  },
  issues: {
    noCustomer: 'No customer ID',
    totals: 'Totals row',
    badAmount: 'Amount cannot be read',
    implausibleAmount: 'Amount too large for one order line (see Settings)',
    noAmount: 'No amount',
    badDate: 'Date cannot be read',
    noDate: 'No date',
    future: 'Dated after today',
    excludedStatus: 'Cancelled or refunded order',
    awaitingPayment: 'Awaiting payment (counts once paid)',
  },
  platforms: {
    tmall: 'Tmall / Taobao order export (千牛)',
    jd: 'JD order export (京东商家)',
    pinduoduo: 'Pinduoduo order export (拼多多商家后台)',
    douyin: 'Douyin shop order export (抖店)',
    shopify: 'Shopify orders export',
    woocommerce: 'WooCommerce orders export',
    register: 'Order register',
  },
  ideas: {
    abc: 'ABC tiers: A is the top 5% of customers by spend, B the next 15%, C the rest. Serve A first.',
    value:
      'Customer value: what a customer brings over their stay (average order × purchases a year × years), and what word of mouth adds for a happy one or costs for an unhappy one. Estimates from your own orders.',
    rfm: 'RFM: recency, frequency and spend, each scored 1–5. The RFM segment names the pattern (Champions, At Risk…); the value quadrant compares each to the average customer.',
    status:
      'Status: new after one purchase, returning after two, lost after the lost-after days without a purchase.',
    index:
      'Satisfaction index: seven indicators rated 1–5, weighted (brand, quality and price 20% each…), 0–100; compare it year on year.',
    more: 'Type = and a formula’s name in a cell (=ABC_CLASS, =RFM_SCORE…): Sheets shows what it takes and what it answers.',
  },
  input: {
    expectedText: (field) => `${field}: expected text.`,
    expectedNumber: (field) => `${field}: expected a number.`,
    expectedBoolean: (field) => `${field}: expected true or false.`,
    expectedObject: (field) => `${field}: expected an object.`,
    expectedOneOf: (field, choices) => `${field}: expected one of ${choices}.`,
    expectedInteger: (field, min, max) =>
      `${field}: expected a whole number from ${min} to ${max}.`,
  },

  errors: {
    noOrderSheet:
      'No order sheet found: SheetCare looks for headers such as Customer ID, Amount and Order date.',
    missingColumns: (sheet, fields) =>
      `Sheet "${sheet}" has no ${
        fields.length > 1
          ? `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]} columns`
          : `${fields[0]} column`
      } that SheetCare recognises. Open SheetCare to choose them.`,
    noRoom: (needed, room, limit) =>
      `The results need ${needed} more cells, but this spreadsheet has room for ${room} (Google Sheets holds ${limit} at most). Delete unused sheets or rows and try again. Nothing was written.`,
    noSpreadsheet:
      'SheetCare ran without a spreadsheet to work on: open the spreadsheet and try again.',
    noSheet: (name) => `There is no sheet named "${name}".`,
    noSheetYet: (name) => `There is no sheet named "${name}" yet: run Analyze customers first.`,
    unknownField: (field) => `Unknown field "${field}".`,
    columnTwice: (header, first, second) =>
      `Column "${header}" cannot be both ${first} and ${second}: choose one column for each.`,
    unknownTimeZone: (zone) =>
      `Unknown time zone "${zone}": use an IANA name such as Asia/Shanghai.`,
    badLang: (value) => `lang must be "en" or "zh", not "${value}".`,
  },

  panel: {
    loading: 'Reading the spreadsheet…',
    none: '— none —',
    missing: 'Choose the columns for',
    preview: 'First rows as SheetCare reads them',
    row: 'Row',
    save: 'Save settings',
    saved: 'Saved. Analyze again to apply them to the sheets.',
    notSaved: 'Nothing was saved: correct the fields marked in red.',
    error: 'Something went wrong',
    dismiss: 'Dismiss',
    change: 'Change',
    saving: 'Saving…',
    countIn: (title, n) => `${title} (${n})`,
  },
};
