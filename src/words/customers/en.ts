/** The words of the customers wing, in English. */
import { CustomerWords, percent } from './catalogue';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const customersEn: CustomerWords = {
  analysisDone: 'Customers analysed',
  analysisReport: {
    summary: (sheet, customers, used, notUsed, issues) =>
      `Order sheet "${sheet}": ${customers} customers from ${used} rows; ${notUsed} rows not used (see "${issues}").`,
    seeSheets: (customers, summary) => `See "${customers}" and "${summary}".`,
  },
  titles: {
    id: 'Customer ID',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    purchases: 'Purchases',
    spend: 'Spend',
    averageOrder: 'Average order',
    firstPurchase: 'First purchase',
    lastPurchase: 'Last purchase',
    daysSinceLast: 'Days since last',
    nextPurchase: 'Next purchase',
    status: 'Status',
    tier: 'ABC tier',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'RFM segment',
    cn8: 'RFM value quadrant',
    basicValue: 'Basic value',
    satisfiedValue: 'Satisfied customer value',
    complaintLoss: 'Complaint loss',
    pAlive: 'Chance still a customer',
    expected90: 'Expected purchases, next 90 days',
    predicted12: 'Predicted value, next 12 months',
  },
  tiers: { A: 'A · key customers', B: 'B · major customers', C: 'C · ordinary customers' },
  tierPolicies: {
    A: 'Dedicated representative, regular visits, fastest service, best terms; complaints first',
    B: 'Dedicated representative and regular contact; watch for changes',
    C: 'Standard service, convenient and timely; look for rising stars',
  },
  segments: {
    champions: 'Champions',
    loyal: 'Loyal',
    potentialLoyalists: 'Potential Loyalists',
    newCustomers: 'Recent Newcomers',
    promising: 'Promising',
    needAttention: 'Need Attention',
    aboutToSleep: 'About to Sleep',
    atRisk: 'At Risk',
    cantLoseThem: "Can't Lose Them",
    hibernating: 'Hibernating',
  },
  classes: {
    HHH: 'Important Value',
    HLH: 'Important Development',
    LHH: 'Important Retention',
    LLH: 'Important Win-back',
    HHL: 'General Value',
    HLL: 'General Development',
    LHL: 'General Retention',
    LLL: 'General Win-back',
  },
  statuses: { new: 'New', returning: 'Returning', lost: 'Lost' },

  meanings: {
    tiers: {
      A: 'The top 5% of customers by spend',
      B: 'The next 15%: the top 20% by spend, less the A customers',
      C: 'Everyone else',
    },
    segments: {
      champions: 'Bought very recently and often',
      loyal: 'Buy often, and recently',
      potentialLoyalists: 'Bought recently, a few times',
      newCustomers: 'Bought for the first time, very recently',
      promising: 'Bought recently, once',
      needAttention: 'Bought a while ago, a few times',
      aboutToSleep: 'Bought a while ago, rarely',
      atRisk: 'Bought often, but not for a long time',
      cantLoseThem: 'Bought most often, but not for a long time',
      hibernating: 'Bought rarely, long ago',
    },
    segmentActions: {
      champions: 'Thank them; early access and rewards',
      loyal: 'Offer membership or loyalty benefits',
      potentialLoyalists: 'Recommend related goods; invite to membership',
      newCustomers: 'Welcome them; follow up a week after the purchase',
      promising: 'Send a follow-up and a small incentive',
      needAttention: 'A personal offer before they drift away',
      aboutToSleep: 'Remind them with what they bought before',
      atRisk: 'Win back with a personal message',
      cantLoseThem: 'Call or write personally; find out what went wrong',
      hibernating: 'Include in store-wide promotions only',
    },
    classes: {
      HHH: 'Recent, frequent, high spend',
      HLH: 'Recent and high spend, but seldom',
      LHH: 'Frequent and high spend, but not recent',
      LLH: 'High spend, but seldom and not recent',
      HHL: 'Recent and frequent, low spend',
      HLL: 'Recent, but seldom and low spend',
      LHL: 'Frequent, but not recent and low spend',
      LLL: 'Seldom, not recent, low spend',
    },
    classActions: {
      HHH: 'Keep them: the best service and terms',
      HLH: 'Raise how often they buy: reminders and bundles',
      LHH: 'Bring them back soon: a personal reminder',
      LLH: 'Win them back: find out why they left',
      HHL: 'Raise the basket: recommend more',
      HLL: 'Encourage a second purchase',
      LHL: 'Reactivate with an offer',
      LLL: 'Low priority: general promotions',
    },
    statuses: {
      new: 'One purchase so far',
      returning: 'Two purchases or more',
      lost: 'No purchase within the lost-after days',
    },
    statusActions: {
      new: 'Follow up and invite a second purchase',
      returning: 'Keep serving well; remind before they run out',
      lost: 'Win back, most valuable first',
    },
    lostBy: ({ rule, applied }) =>
      applied === 'chance'
        ? `The value model gives them less than ${percent(rule.below)} chance of buying here still`
        : rule.by === 'chance'
          ? `No purchase for more than ${rule.days} days (too few repeat buyers to fit the value model, so the days decide)`
          : `No purchase for more than ${rule.days} days`,
    scores:
      'R, F, M: recency, frequency and spend scored 1–5 against the other customers; 5 is best.',
  },
  value: {
    title: 'Customer value (estimates)',
    purchasesPerYear: 'Purchases a year',
    years: 'Years a customer stays',
    ownRates: (n) =>
      `median of this shop’s ${n} customer${n === 1 ? '' : 's'} with half a year of history; each of them uses their own`,
    observedRate: 'purchases per customer per year in these orders',
    fromSetting: 'your setting',
    fromBrief: 'a common rule of thumb: too little history to estimate',
    fromRetention: (share, cohort) =>
      `${share} of the ${cohort} customer${cohort === 1 ? '' : 's'} who had bought a year ago bought again within the year`,
    atStakeA: 'Value at stake among A customers',
    typical: 'A typical customer is worth',
    happy: 'A happy one brings, by word of mouth',
    unhappy: 'An unhappy one costs, by word of mouth',
    how: 'Value = average order × purchases a year × years; word of mouth = value × people told × the share who follow (Settings).',
  },
  modelTable: {
    customers: 'customers',
    repeatBuyers: 'repeat buyers',
    used: 'repeat buyers used',
    leftOut: 'left out (refunds)',
  },
  model: {
    title: 'Predicted value (BG/NBD and Gamma-Gamma models)',
    how: 'Each customer buys at their own pace while they remain a customer, and after any purchase may stop for good; the model learns how paces and stopping vary across this shop’s customers from their orders, and so gives each one the chance they are still a customer and the purchases to expect. What each purchase is worth is each customer’s own average, pulled towards the shop’s average the fewer purchases they have made.',
    fitted: (c, r) =>
      `Fitted on ${c.toLocaleString('en-US')} customers, ${r.toLocaleString('en-US')} of whom bought again (modified BG/NBD, Batislam et al. 2007; Gamma-Gamma, Fader and Hardie 2013).`,
    tooFew: (r, n) =>
      `Not enough history for the model: ${r} customer${r === 1 ? '' : 's'} bought again on another day; it needs ${n}.`,
    purchases: 'Purchases',
    spend: 'Spend per purchase',
    alphaDays: 'α (days)',
    logLikelihood: 'log-likelihood',
    spendUsed: (u, l) =>
      `Spend model on ${u.toLocaleString('en-US')} repeat buyers; ${l.toLocaleString('en-US')} left out (their repeat purchases net to nothing or less: refunds).`,
    noSpend: (n) =>
      `Too few repeat buyers with a positive spend for the spend model (${n} needed): no predicted value.`,
    predictedA: 'Predicted value of A customers, next 12 months',
    predictedAll: 'Predicted value of all customers, next 12 months',
    atRisk: (c) =>
      `Value at risk: what the ${c.toLocaleString('en-US')} customer${c === 1 ? '' : 's'} more likely gone than not would bring in 12 months if they stayed`,
    checkTitle: 'Checked against what happened next',
    check: (cut, days) =>
      `Fitted on the orders up to ${cut} only, the model predicted each customer's purchases (days with a purchase) in the ${days} days after; beside them, what the customers did.`,
    checkHeader: ['Repeat purchases before', 'Customers', 'Purchases after', 'Predicted'],
    group: (x, last) => (last ? `${x} or more` : String(x)),
    total: 'All',
    checkLine: (days, p, a) =>
      `Checked on the last ${days} days of orders: the model predicted ${Math.round(p).toLocaleString('en-US')} purchases; customers made ${a.toLocaleString('en-US')}.`,
  },

  summary: {
    title: 'SheetCare customer summary',
    asOf: 'As of',
    customers: 'Customers',
    buyers: 'Paying customers',
    rowsUsed: 'Order rows used',
    rowsNotUsed: 'Order rows not used (see Issues)',
    tier: 'ABC tier',
    shareCustomers: 'Share of customers',
    shareSpend: 'Share of spend',
    meaning: 'What it means',
    action: 'What to do',
    segment: 'RFM segment (rf10)',
    cls: 'RFM value quadrant (8 classes)',
    pareto: 'Pareto: top customers',
    cumulative: 'Cumulative share of spend',
    tierChart: 'Spend by ABC tier',
    paretoChart: 'Pareto curve: share of spend from the top customers',
  },
  issuesSheet: { row: 'Row', why: 'Why it was not used', cell: 'Cell' },
  kept: {
    customers: 'No longer in the order sheet: your cells on this row are kept',
    summary: 'Row kept for your cells beside the summary',
    issues: 'No longer an issue: your cells on this row are kept',
  },
  unknownStatus: (rows, counted) =>
    `Status not recognised, ${plural(rows, 'row', 'rows')}, ${counted ? 'counted' : 'not counted'} as sales (change it in SheetCare)`,

  notices: {
    noRowsUsed: (rowsRead, issues) => `0 of ${rowsRead} rows could be used, see "${issues}".`,
    newSheet: (name) =>
      `A sheet of yours already had that name, so SheetCare wrote to a new sheet, "${name}", and left yours as it was.`,
    staleChoice: (header, field) =>
      `The "${header}" column you chose for ${field} is no longer on the sheet: SheetCare recognised the columns itself. Check the column choices.`,
  },
  settingsErrors: {
    currency: 'Choose automatic or one of the listed currencies.',
    share: 'Enter a percentage from 0% to 100%, such as 5%.',
    number: (min, max, whole) =>
      `Enter ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`,
    shipping: 'Choose whether shipping counts as spend.',
    lang: 'Choose automatic, English or Chinese.',
    bBelowA: 'The B share includes A, so it cannot be smaller than the A share.',
    shareWithin: 'Enter a percentage above 0% and below 100%, such as 30%.',
    lostBy: 'Choose days without a purchase or the value model’s chance.',
  },

  warehouse: {
    title: 'Orders in BigQuery',
    intro:
      'For a shop past one spreadsheet: the order lines stay in a BigQuery table, the analysis runs there, and only one row per customer comes back.',
    project: 'Project',
    dataset: 'Dataset',
    table: 'Table or view',
    billingProject: 'Project billed for queries',
    billingHint: 'Empty: the table’s own project.',
    rowCap: 'Customers written to the sheet, at most',
    use: 'Use this table',
    checking: 'Reading the table’s columns…',
    useSheet: 'Use the order sheet instead',
    inUse: (table) => `Orders from BigQuery: ${table}`,
    billedTo: (project) => `Queries are billed to the Google Cloud project ${project}.`,
    scanned: (bytes, cost) =>
      `This analysis read ${bytes} in BigQuery (${cost} at on-demand prices, before the free TiB a month).`,
    shown: (shown, customers) =>
      shown < customers
        ? `The Customers sheet lists the ${shown.toLocaleString('en')} biggest spenders of ${customers.toLocaleString('en')}; the Summary counts them all.`
        : `The Customers sheet lists all ${customers.toLocaleString('en')} customers.`,
    continuing: (fetched, total) =>
      `Fetched ${fetched.toLocaleString('en')} of ${total.toLocaleString('en')} customers; continuing in the next run…`,
    estimate: (bytes, cost) =>
      `One Analyze reads about ${bytes} in BigQuery (${cost} at on-demand prices).`,
    setUpHelp:
      'Set-up: enable the BigQuery API in a Google Cloud project, load the order export into a table, and have the roles BigQuery Job User (on the billed project) and BigQuery Data Viewer (on the dataset). See the README, “Orders in BigQuery”.',
    errors: {
      badName: (what, value) =>
        `“${value}” is not a BigQuery ${what} name: letters, digits, - and _ for a project, letters, digits and _ for a dataset or table.`,
      noProject: (project) =>
        `No Google Cloud project “${project}” can be reached with your account. Check the project ID (not its name) in the Cloud console.`,
      apiDisabled: (project) =>
        `The BigQuery API is not enabled in project “${project}”. Enable it in the Cloud console (APIs & Services → BigQuery API → Enable), wait a minute, and try again.`,
      noJobUser: (project) =>
        `Your account may not run queries in project “${project}”. Ask the project’s owner for the role BigQuery Job User there (IAM → Grant access).`,
      noDataViewer: (table) =>
        `Your account may not read ${table}. Ask the dataset’s owner for the role BigQuery Data Viewer on it.`,
      notFound: (table) =>
        `There is no table ${table}. Check the project, dataset and table IDs (case matters) and the dataset’s location.`,
      freeQuota: (project) =>
        `Project “${project}” has used its free TiB of queries this month (the BigQuery sandbox). Attach a billing account to the project to go on.`,
      billing: (project) =>
        `Billing is not enabled for project “${project}”. Attach a billing account to it, or use the BigQuery sandbox.`,
      notGranted:
        'SheetCare has not been allowed to use BigQuery. Run Analyze from the sidebar and tick “View and manage your data in Google BigQuery” when Google asks.',
      missingColumns: (table, fields) =>
        `${table} has no column SheetCare recognises as ${fields.join(', ')}. Choose them below.`,
      noColumn: (field, column) =>
        `The column “${column}” chosen as ${field} is no longer in the table. Choose it again.`,
      other: (message) => `BigQuery refused the query: ${message}`,
      tooLong: 'BigQuery is still working on the query. Try again in a minute.',
    },
  },
  errors: {
    analysisRunning: 'An analysis is already running in this spreadsheet. Try again in a minute.',
    abcShares:
      'ABC shares must satisfy 0% ≤ A share ≤ B share ≤ 100%: write them as percentages such as 5% and 20%.',
    lostAfterDaysNegative:
      'lost_after_days cannot be negative: give a number of days such as 180, or a chance such as 30%.',
  },

  panel: {
    tabCustomers: 'Customers',
    orderSheet: 'Order sheet',
    noOrderSheet: 'No order sheet recognised. Choose the sheet that holds your orders.',
    sampleOffer: 'No orders here yet? See SheetCare at work on a sample shop.',
    sampleDetails: (sheet) =>
      `Two years of a mother-and-baby store's orders (2,000 customers, ending yesterday) go into a new sheet “${sheet}” and are analysed. Amounts are in yuan (the currency becomes ¥ unless you chose one); the customers are made up and are never mailed. Nothing else changes; delete the sheet when you are done.`,
    trySample: 'Try it on the sample shop',
    addingSample: 'Copying the sample shop into this spreadsheet…',
    columns: 'Columns',
    columnsHint: 'Correct any column SheetCare got wrong.',
    analyzing: 'Analyzing… this can take a minute on a large sheet.',
    asOf: 'As of',
    tiers: 'ABC tiers',
    segments: 'RFM segments',
    value: 'Customer value',
    openIssues: 'Open the Issues sheet',
    openCustomers: 'Open Customers',
    openSummary: 'Open Summary',
    pareto: 'Pareto: share of spend from the top customers',
    paretoSentence: (top, share) => `The top ${top} of customers bring ${share} of spend.`,
    aShare: 'A: top share of customers',
    bShare: 'A + B: top share of customers',
    purchasesPerYear: 'Purchases a year',
    years: 'Years a customer stays',
    referrals: 'People a customer tells',
    satisfiedRate: 'Share who follow a satisfied customer',
    complaintRate: 'Share who follow a complaining customer away',
    lostAfterDays: 'Lost after this many days without a purchase',
    lostBy: 'A customer counts as lost',
    lostByDays: 'after days without a purchase',
    lostByChance: 'by the value model’s chance',
    lostChance: 'Lost below this chance of still being a customer',
    monthlyDiscount: 'Monthly discount rate for predicted value',
    holdoutShare: 'Share of the order history held out to check the model',
    readingParams: 'Reading the order sheet',
    maxAmount: 'Largest amount of one order line (larger ones are listed on Issues)',
    shipping: 'Shipping the buyer paid',
    shippingIncluded: 'counts as spend',
    shippingExcluded: 'does not count as spend',
    unknownStatuses: 'Order statuses SheetCare does not know: are they sales?',
    countsAsSale: 'A sale',
    notASale: 'Not a sale',
    analyzeAgain: 'Saved. Analyze again to apply it.',
    lang: 'Language',
    langAuto: 'Automatic',
    columnsOk: 'Columns recognised ✓',
    currency: 'Currency',
    currencyAuto: 'The spreadsheet’s (File → Settings → Locale)',
    customersLine: (c, b) =>
      `${c.toLocaleString('en-US')} customer${c === 1 ? '' : 's'} (${b.toLocaleString('en-US')} paying)`,
    rowsNotUsed: (n) => `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'} not used`,
    lineItemOf: (order) => `Another item of order ${order} (its money is on the order's first row)`,
    awaitingPayment: (n) =>
      `${n.toLocaleString('en-US')} order row${n === 1 ? ' is' : 's are'} awaiting payment: not sales yet; they count once paid, at the next Analyze.`,
    dataRowsLine: (n, row) =>
      `${n.toLocaleString('en-US')} data row${n === 1 ? '' : 's'} · headers in row ${row}`,
    analysed: (sheet, ranAt, asOf) => `“${sheet}”, analysed ${ranAt}; orders up to ${asOf}`,
    perCustomer: 'Per customer, on the Customers sheet',
    classes: 'RFM value quadrants',
    settingHelp: {
      aShare: 'Customers in the top share by spend are A, served first.',
      bShare: 'Customers in this top share, less the A customers, are B.',
      purchasesPerYear:
        'Leave blank to estimate from your orders; a figure here is used for every customer.',
      years:
        'Leave blank to estimate from how many customers come back each year; a figure here fixes it.',
      referrals:
        'How many people hear about the shop from one customer (10 is a common assumption).',
      satisfiedRate: 'The share of them a happy customer brings in (60%).',
      complaintRate: 'The share of them an unhappy customer turns away (90%).',
      lostAfterDays:
        'A customer with no purchase for this long counts as lost (by the model too, while your orders are too few to fit it).',
      lostChance:
        'With the model, each customer is lost at their own pace: a weekly buyer after weeks away, a yearly one after more than a year. The win-back rule mails them then.',
      monthlyDiscount:
        'Money a customer brings in later is worth less today: each month ahead counts this much less (1% a month is usual).',
      holdoutShare:
        'Analyze also fits the model without the latest part of your orders and compares its prediction with what customers then did (0% skips the check).',
      maxAmount: 'A larger amount on one order line is listed as an issue, not counted.',
    },
  },
};
