/** The words of the reminders wing, in English. */
import type { ReminderWingWords } from './catalogue';

export const remindersEn: ReminderWingWords = {
  reminders: {
    kinds: {
      holiday: 'Holiday greeting',
      activity: 'Store activity',
      followUp: 'Follow-up',
      replenish: 'Replenishment',
      coupon: 'Coupon expiry',
      birthday: 'Birthday',
      winBack: 'Win-back',
      survey: 'Satisfaction survey',
    },
    everyone: 'All',
    date: (y, m, d) =>
      `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`,
    when: (days) =>
      days === 0
        ? 'on the day'
        : `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'}`,
    ruleHeaders: {
      on: 'On',
      id: 'ID',
      kind: 'Kind',
      name: 'Name',
      occasion: 'Occasion',
      when: 'When',
      audience: 'Audience',
      priority: 'Priority',
      subjectZh: 'Subject (Chinese)',
      bodyZh: 'Body (Chinese)',
      subjectEn: 'Subject (English)',
      bodyEn: 'Body (English)',
    },
    headers: {
      activities: {
        name: 'Activity',
        start: 'Start',
        end: 'End',
        description: 'Description',
        link: 'Link',
        lastDay: 'Remind on last day',
      },
      coupons: { customer: 'Customer', code: 'Code', value: 'Value', expiry: 'Expiry' },
      log: {
        time: 'Time',
        customer: 'Customer',
        name: 'Name',
        email: 'Email',
        rule: 'Rule',
        status: 'Status',
        note: 'Note',
        key: 'Key',
      },
      ledger: {
        key: 'Key (SheetCare’s record: do not edit)',
        seq: 'No.',
        status: 'Status',
        entry: 'Content',
      },
      contacts: {
        date: 'Date',
        customer: 'Customer',
        name: 'Name',
        tier: 'Tier',
        reach: 'Phone or nickname',
        reason: 'Reason',
        message: 'Prepared message',
        done: 'Done',
        key: 'Key',
      },
      doNotEmail: { customer: 'Customer', email: 'Email', source: 'Source', date: 'Date' },
      contactsExport: { buyer: 'Buyer nickname', phone: 'Phone', message: 'Message' },
    },
    statuses: {
      planned: 'planned',
      sending: 'sending',
      sent: 'sent',
      unknown: 'unknown',
      retry: 'to retry',
      failed: 'failed',
      skipped: 'skipped',
      contact: 'contact list',
      listed: 'on the contact list',
      dismissed: 'dismissed',
      dryRun: 'dry run',
    },
    reasons: {
      noEmail: 'no email',
      badEmail: 'email not valid',
      unsubscribed: 'unsubscribed',
      bounced: 'address bounced',
      noConsent: 'did not accept marketing',
      cap: 'already had a marketing mail today',
      audience: "outside the rule's audience",
      expired: 'too late to send',
      ruleOff: 'the rule is off or gone',
      dismissed: 'dismissed by the user',
    },
    monthSummary: '(month total: the count is in Note)',
    skippedCount: (reason, count) => `${reason} (${count.toLocaleString('en')} reminders)`,
    ledgerProtection:
      'SheetCare records here what it has sent, so that nothing goes twice. Please do not edit it: read the Send log instead.',
    buttons: { survey: 'Take the survey', activity: 'See the offer' },
    unsubscribeLine: (shop) => `Rather not hear from ${shop}? Unsubscribe here: `,
    fallbackName: 'customer',
    lastDay: 'last day',
    testSubject: (subject) => `[Test] ${subject}`,
    unsubscribeForm: {
      title: (shop) => `Unsubscribe from ${shop}'s emails`,
      description: 'Once you submit, we will send you no more reminders or greetings by email.',
      question: 'Your unsubscribe reference (filled in for you; please do not change it)',
      confirmation: 'You are unsubscribed: we will send you no more reminders or greetings.',
    },
    sources: { form: 'customer unsubscribed', panel: 'added by hand', bounced: 'address bounced' },
    jobFailed: {
      subject: 'SheetCare could not send reminder emails',
      body: (spreadsheet, error, fix, url) =>
        `SheetCare's hourly reminder job for "${spreadsheet}" failed three runs in a row; no reminder goes out until this is fixed:\n\n${error}\n\n${fix}\n\nThe spreadsheet: ${url}\n\nYou get at most one of these notices a day for each kind of failure.`,
      fix: {
        open: 'SheetCare could not open the spreadsheet. If it was deleted, moved to the bin or no longer shared with you, restore it or ask for access again; if you no longer want reminders from it, open it and turn them off in the Reminders panel. After a week of this, SheetCare stops trying.',
        scope:
          'You have not allowed SheetCare everything the hourly job needs. Open the spreadsheet, then Extensions → SheetCare → Reminders, and allow what Google asks.',
        run: 'Open the spreadsheet and the Reminders panel: the last run shows what went wrong.',
      },
    },
    jobStalled: {
      subject: 'SheetCare’s hourly reminder job did not run for hours',
      body: (spreadsheet, from, to, url) =>
        `Google did not run SheetCare's hourly reminder job for "${spreadsheet}" from ${from} to ${to}: no reminder went out in that time. It has run again now, and sends what waited.\n\nThe usual reason is that the day's trigger time ran out: Google gives a consumer account 90 minutes of trigger time a day (Google Workspace accounts 6 hours), shared by every add-on and script of yours. Many survey answers, or other add-ons with triggers, use it up. If this happens often, turn off triggers you do not need (script.google.com → My triggers).\n\nThe Reminders panel: ${url}\n\nYou get at most one of these notices a day.`,
    },
    sample: {
      activity: '(example) Year-end sale',
      description: (money) => `${money(30)} off every order of ${money(199)} or more.`,
      coupon: 'SAMPLE-10',
      product: '(example) baby wipes',
      reference: 'TEST-not-a-customer',
    },
    examples: {
      activity: {
        name: 'Example: Anniversary week',
        description:
          'This row is an example and is never sent. Write a row like it for your own activity (name, start, end, description, link), then delete this one.',
      },
      coupon: { customer: 'Example: customer ID', code: 'SAMPLE10' },
    },
    defaults: [
      {
        id: 'spring-festival',
        kind: 'holiday',
        name: 'Spring Festival greeting',
        occasion: 'Spring Festival',
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'Happy {{holiday}} from {{shop}}',
        body: 'Dear {{name}},\n\nAll of us at {{shop}} thank you for your support this year, and wish you and your family a happy {{holiday}}.\n\n{{shop}}',
      },
      {
        id: 'mid-autumn',
        kind: 'holiday',
        name: 'Mid-Autumn greeting',
        occasion: 'Mid-Autumn Festival',
        days: 0,
        audience: 'All',
        priority: 4,
        subject: '{{shop}} wishes you a happy {{holiday}}',
        body: 'Dear {{name}},\n\nAs the moon is full, {{shop}} wishes you and your family a happy {{holiday}}.\n\n{{shop}}',
      },
      {
        id: '618',
        kind: 'holiday',
        name: '618 greeting',
        occasion: '618',
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'It is {{holiday}}: thank you from {{shop}}',
        body: "Dear {{name}},\n\nIt is {{holiday}}, and all of us at {{shop}} thank you for your support. Today's offers are on our shop's home page.\n\n{{shop}}",
      },
      {
        id: 'double-11',
        kind: 'holiday',
        name: 'Double 11 greeting',
        occasion: "Singles' Day",
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'It is {{holiday}}: thank you from {{shop}}',
        body: "Dear {{name}},\n\nIt is {{holiday}}, and all of us at {{shop}} thank you for your support. Today's offers are on our shop's home page.\n\n{{shop}}",
      },
      {
        id: 'new-year',
        kind: 'holiday',
        name: 'New Year greeting',
        occasion: "New Year's Day",
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'Happy New Year from {{shop}}',
        body: 'Dear {{name}},\n\nAll of us at {{shop}} thank you for your support, and wish you and your family a happy and healthy New Year.\n\n{{shop}}',
      },
      {
        id: 'valentines',
        kind: 'holiday',
        name: "Valentine's greeting",
        occasion: "Valentine's Day",
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'Happy {{holiday}} from {{shop}}',
        body: 'Dear {{name}},\n\n{{shop}} wishes you and the ones you love a happy {{holiday}}.\n\n{{shop}}',
      },
      {
        id: 'mothers-day',
        kind: 'holiday',
        name: "Mother's Day greeting",
        occasion: "Mother's Day",
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'Happy {{holiday}} from {{shop}}',
        body: 'Dear {{name}},\n\nToday is {{holiday}}: {{shop}} wishes every mother in your family a happy, restful day.\n\n{{shop}}',
      },
      {
        id: 'black-friday',
        kind: 'holiday',
        name: 'Black Friday greeting',
        occasion: 'Black Friday',
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'It is {{holiday}}: thank you from {{shop}}',
        body: "Dear {{name}},\n\nIt is {{holiday}}, and all of us at {{shop}} thank you for your support. Today's offers are on our shop's home page.\n\n{{shop}}",
      },
      {
        id: 'christmas',
        kind: 'holiday',
        name: 'Christmas greeting',
        occasion: 'Christmas',
        days: 0,
        audience: 'All',
        priority: 4,
        subject: 'Merry Christmas from {{shop}}',
        body: 'Dear {{name}},\n\nAll of us at {{shop}} thank you for your support this year, and wish you and your family a merry Christmas.\n\n{{shop}}',
      },
      {
        id: 'activity',
        kind: 'activity',
        name: 'Activity notice',
        occasion: '',
        days: -2,
        audience: 'All',
        priority: 3,
        subject: '{{#lastDay}}Last day: {{/lastDay}}{{activity}}, {{start}} to {{end}}',
        body: 'Dear {{name}},\n\n{{#lastDay}}Today is the last day of {{activity}} at {{shop}}: do not miss it.\n{{/lastDay}}{{activity}} at {{shop}} runs from {{start}} to {{end}}.\n{{description}}\n{{#link}}Details: {{link}}\n{{/link}}\nWe look forward to seeing you.\n{{shop}}',
      },
      {
        id: 'follow-up',
        kind: 'followUp',
        name: 'Follow-up a week after purchase',
        occasion: '',
        days: 7,
        audience: 'All',
        priority: 1,
        subject: 'Are you happy with your order from {{shop}}?',
        body: 'Dear {{name}},\n\nYou bought {{product}} on {{date}}. Are you happy with it? If anything is wrong, just reply and we will put it right.\n{{#survey}}\nTell us in a minute: {{survey}}\n{{/survey}}{{#activity}}\nAlso, {{activity}} starts on {{start}}. {{#link}}Details: {{link}}{{/link}}\n{{/activity}}\n{{shop}}',
      },
      {
        id: 'replenish',
        kind: 'replenish',
        name: 'Replenishment reminder',
        occasion: '',
        days: -3,
        audience: 'All',
        priority: 2,
        subject: 'Running low on {{product}}?',
        body: 'Dear {{name}},\n\nFrom your past orders, your {{product}} will run out around {{date}}. Order now and it arrives in time.\n\n{{shop}}',
      },
      {
        id: 'coupon',
        kind: 'coupon',
        name: 'Coupon expiry reminder',
        occasion: '',
        days: -3,
        audience: 'All',
        priority: 1,
        subject: 'Your coupon expires on {{expiry}}',
        body: 'Dear {{name}},\n\nYour {{shop}} coupon (code {{coupon}}, worth {{value}}) expires on {{expiry}}. Do not forget to use it.\n\n{{shop}}',
      },
      {
        id: 'birthday',
        kind: 'birthday',
        name: 'Birthday wish',
        occasion: '',
        days: 0,
        audience: 'All',
        priority: 3,
        subject: 'Happy birthday from {{shop}}!',
        body: 'Dear {{name}},\n\nAll of us at {{shop}} wish you a very happy birthday.\n\n{{shop}}',
      },
      {
        id: 'win-back',
        kind: 'winBack',
        name: 'Win back a lost customer',
        occasion: '',
        days: 0,
        audience: 'A, B',
        priority: 2,
        subject: 'We miss you, {{name}}',
        body: 'Dear {{name}},\n\nYour last order at {{shop}} was on {{date}}, and we miss you. There is much that is new in the shop; and if anything last time disappointed you, just reply and tell us.\n\n{{shop}}',
      },
      {
        id: 'questionnaire',
        kind: 'survey',
        name: 'Yearly satisfaction survey',
        occasion: '12-01',
        days: 0,
        audience: 'A, B',
        priority: 5,
        subject: '{{shop}} would like to hear from you',
        body: 'Dear {{name}},\n\nThank you for your custom this year. Ten questions, three minutes, and you help us do better: {{survey}}\n\n{{shop}}',
      },
    ],
    errors: {
      badOn: (cell) => `Cell ${cell}: "On" should be ticked, or say yes or no.`,
      badId: (cell) =>
        `Cell ${cell}: the ID cannot be blank and may use letters, digits, - and _ only, up to 40 characters.`,
      duplicateId: (cell, id, first) =>
        `Cell ${cell}: the ID "${id}" is already used in row ${first}.`,
      badKind: (cell, value, kinds) =>
        `Cell ${cell}: "${value}" is not a kind. The kinds are: ${kinds.join(', ')}.`,
      badOccasion: (cell, value) =>
        value
          ? `Cell ${cell}: "${value}" is not a festival SheetCare knows. Write a festival (such as Spring Festival) or a yearly date (such as 05-20).`
          : `Cell ${cell}: a holiday greeting needs a festival (such as Spring Festival) or a yearly date (such as 05-20).`,
      badWhen: (cell, value) =>
        `Cell ${cell}: "${value}" is not a time. Write "on the day", "3 days before", "7 days after", or a number of days (negative is before).`,
      badAudience: (cell, value) =>
        `Cell ${cell}: "${value}" is not an audience. Write "All", or tiers A/B/C, New/Returning/Lost, or RFM segment or quadrant names, separated by commas.`,
      badPriority: (cell, value, max) =>
        `Cell ${cell}: the priority "${value}" should be a whole number from 1 to ${max} (1 goes first).`,
      emptyTemplate: (cell) => `Cell ${cell}: the subject and body cannot be blank.`,
      unknownPlaceholder: (cell, p, allowed) =>
        `Cell ${cell}: there is no placeholder {{${p}}}. This rule can use: ${allowed}.`,
      unclosedSection: (cell, p) => `Cell ${cell}: {{#${p}}} needs a closing {{/${p}}}.`,
      unsubscribeInSection: (cell, p) =>
        `Cell ${cell}: {{unsubscribe}} is inside {{#${p}}}…{{/${p}}}, so a mail without that part would give the customer no way to unsubscribe. Put it outside the section.`,
      placeholderNotForKind: (cell, p, kind, allowed) =>
        `Cell ${cell}: a ${kind} rule has nothing to put in {{${p}}}. It can use: ${allowed}.`,
      badActivity: (sheet, cell) =>
        `"${sheet}" cell ${cell}: an activity needs a name and a start date, and cannot end before it starts.`,
      badCoupon: (sheet, cell) =>
        `"${sheet}" cell ${cell}: a coupon needs a customer, a code and an expiry date.`,
      unknownCouponCustomer: (sheet, cell, customer) =>
        `"${sheet}" cell ${cell}: no customer "${customer}" is on the order sheet, so this coupon gets no reminder.`,
      badClosedDays: (part, maxDays) =>
        `"Shop closed on": "${part}" is not a day (2027-02-10) or a range of at most ${maxDays} days (2027-02-10 ~ 2027-02-17).`,
      noShopName:
        'Enter the shop\'s name as customers know it (Reminders → "Shop name in mails"): the order sheet has no shop name column (店铺名称), and a file name is not a shop\'s name.',
      noRulesSheet:
        'There are no reminder rules yet. In the Reminders panel, click "Set up reminder sheets".',
      sampleShopNotMailed: (sheet) =>
        `The order sheet is "${sheet}", the sample shop: its customers are made up, so SheetCare plans and previews their mails but never sends them. Choose your own order sheet in the Customers panel and analyse it; the job then sends to your customers.`,
      rulesInvalid: (sheet, count, first) =>
        `"${sheet}" has ${count} ${count === 1 ? 'thing' : 'things'} to fix; no mail is sent until then. The first: ${first}`,
      noSuchRule: (id) => `There is no rule with the ID "${id}".`,
      noSuchCustomer: (id) => `No customer "${id}" is on the order sheet.`,
      noUserEmail: 'Your email address is not available, so no test was sent.',
      noSurveyRule:
        'The reminder rules have no rule of the kind Satisfaction survey; add one (its subject and body are the survey mail).',
      badHour: 'The sending hour should be a whole hour from 0 to 23.',
      jobBusy: 'The reminder job is running; please try again in a moment.',
      runByOther: (by, since) =>
        `Reminders in this spreadsheet are already sent from ${by}'s account (since ${since}). One account sends them; ask ${by} to turn them off before you turn them on.`,
      runNowByOther: (by) =>
        `Reminders in this spreadsheet are sent from ${by}'s account: only ${by} can run them now, so that every mail comes from the same address.`,
      tooManySpreadsheets: (limit) =>
        `Your account already sends reminders from ${limit} spreadsheets, the most one account can: one hourly run serves them all. Turn them off in one you no longer use.`,
      scopesMissing: (scopes) => `SheetCare is not allowed to ${scopes}.`,
      badEmail: (value) => `"${value}" is not an email address or a customer ID.`,
      bounceNeedsEmail: (value) => `A bounce is an address's: "${value}" is not an email address.`,
      noSuchKey: (key) => `The Send log has no "${key}".`,
    },
  },

  remindersPanel: {
    notSetUp:
      'SheetCare makes six sheets (Reminder rules, Activities, Coupons, Send log, Contact list, Do-not-email) and an unsubscribe form. Every rule starts off.',
    setUp: 'Set up reminder sheets',
    closed: 'Shop closed on',
    closedHint:
      'Days and ranges, such as a New Year break: no replenishment reminder goes out then; it waits for the first open day.',
    shopHint:
      'As customers know it; mails and forms carry it. Leave blank if the order sheet has a shop name column (店铺名称).',
    settingUp: 'Setting up…',
    job: 'Automatic sending',
    jobOn: 'On: every hour SheetCare sends what the rules make due.',
    jobOff: 'Off: no mail is sent automatically.',
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    hour: 'Start sending each day after',
    hourOption: (hour) => `${hour}:00`,
    dryRun: 'Dry run: log, do not send',
    shop: 'Shop name in mails',
    cap: 'Marketing mails per customer per day',
    logDays: 'Send log keeps each row for (then monthly totals)',
    logDaysOption: (days) =>
      days % 365 === 0
        ? `${days / 365} year${days === 365 ? '' : 's'}`
        : days % 30 === 0
          ? `${days / 30} months`
          : `${days} days`,
    save: 'Save',
    saving: 'Saving…',
    runNow: 'Run once now',
    running: 'Running…',
    lastRun: (at, sent, waiting, failed) =>
      `Last run ${at}: ${sent} sent, ${waiting} waiting, ${failed} failed`,
    lastDryRun: (at, planned) => `Last dry run ${at}: ${planned} planned`,
    lastError: (at, message) => `The last run (${at}) failed: ${message}`,
    runBy: (by, since) => `Sent from ${by}'s account since ${since}.`,
    runByMe: (since) => `Sent from your account since ${since}.`,
    accountJobs: (count, limit) =>
      `Your account sends reminders from ${count} ${count === 1 ? 'spreadsheet' : 'spreadsheets'} (at most ${limit}).`,
    offForOther: (by) =>
      `Turned off. ${by}'s hourly trigger stays in their account until its next run, which finds reminders off here and stops (or until ${by} opens this panel).`,
    scopesMissing: (what) =>
      `Reminders cannot run: SheetCare is not allowed to ${what}. Turn reminders on again and allow what Google asks.`,
    formsClosed:
      "Customers cannot answer SheetCare's forms: your Google Workspace lets only people signed in to your organisation answer them, so unsubscribe and survey links will not work for customers. Ask your administrator to allow forms to be answered from outside the organisation (Admin console → Apps → Google Workspace → Drive and Docs → Sharing settings), then set reminders up again.",
    scopeNames: {
      spreadsheets: 'open this spreadsheet when it is not open',
      'script.send_mail': 'send email as you',
      forms: 'make the survey and unsubscribe forms',
      'script.scriptapp': 'run every hour',
      'userinfo.email': 'know your email address',
    },
    stalled: (since) =>
      `Google has not run the hourly job since ${since}. The day's trigger time (90 minutes on a consumer account) may have run out; it comes back the next day.`,
    gap: (from, to) =>
      `Google did not run the hourly job from ${from} to ${to}; what waited was sent after. You were told by mail.`,
    quota: (left) => `${left} ${left === 1 ? 'mail' : 'mails'} left today`,
    plan: 'Today’s plan',
    showPlan: 'Show today’s plan',
    planLine: (today, total) => `${today}: ${total} in all`,
    planCounts: (mails, contacts, skipped) =>
      `${mails} by mail · ${contacts} by hand · ${skipped} skipped`,
    rules: 'Reminder rules',
    ruleErrors: 'The rules sheet needs fixing:',
    openSheet: 'Open sheet',
    preview: 'Preview and test',
    rule: 'Rule',
    customer: 'Customer ID or email',
    customerHint: 'Leave blank for a sample customer',
    showPreview: 'Preview',
    sendTest: 'Send me a test',
    testSent: (to) => `Test sent to ${to}`,
    to: (email) => `To: ${email || '(no email)'}`,
    unknowns: 'Sent or not?',
    unknownsHelp:
      'A run stopped while sending these: nobody knows if they went. Resend or dismiss each.',
    resend: 'Resend',
    dismiss: 'Dismiss',
    contacts: (open) =>
      `Contact list: ${open} ${open === 1 ? 'customer' : 'customers'} to reach by hand`,
    exportContacts: "Export today's contacts (CSV)",
    exported: (count, file, sheet) =>
      `Exported ${count} ${count === 1 ? 'contact' : 'contacts'} (${file}). If your browser shows no download, the same list is on the sheet “${sheet}”: File → Download → Comma-separated values (.csv).`,
    nothingToExport: 'No one on today’s contact list is waiting to be contacted.',
    exportFile: (day) => `contacts-${day}.csv`,
    contactsWhy:
      'Mail cannot reach buyers without an email address (Tmall, Taobao, JD and Pinduoduo keep them hidden). Each is on the Contact list with a message ready to paste into Wangwang / Qianniu or send as a text, with no Google links: mainland customers often cannot open them and platform chat filters them.',
    doNotEmail: 'Do-not-email list',
    doNotEmailHint: 'Customer ID or email',
    add: 'Add',
    markBounced: 'Mark as bounced',
    firstOf: (count, first) => `${first.join(', ')}${count > first.length ? ' and others' : ''}`,
    confirmRunNow: (mails, first) =>
      `Running now sends ${mails} ${mails === 1 ? 'mail' : 'mails'}, first to ${first}. Send ${mails === 1 ? 'it' : 'them'}?`,
    confirmTurnOn: (hour, mails, first) =>
      mails
        ? `Once on, reminders go every day at ${hour}. Today ${mails} ${mails === 1 ? 'mail goes' : 'mails go'}, first to ${first}. Turn it on?`
        : `Once on, reminders go every day at ${hour}; none is due today. Turn it on?`,
    confirmQuestionnaire: (mails, contacts, skipped, first) =>
      `The questionnaire goes to ${mails} ${mails === 1 ? 'customer' : 'customers'} by mail${mails ? ` (first ${first})` : ''}${contacts ? `, ${contacts} on the Contact list` : ''}${skipped ? `, ${skipped} skipped` : ''}. Send it?`,
    yesSend: 'Send',
    yesTurnOn: 'Turn on',
    cancel: 'Cancel',
    lookAhead: 'Next 14 days',
    showLookAhead: 'Show the next 14 days',
    aheadDay: (day, mails, contacts) =>
      `${day}: ${mails} ${mails === 1 ? 'mail' : 'mails'}${contacts ? ` · ${contacts} by hand` : ''}`,
    aheadRule: (rule, mails, contacts, skipped) =>
      `${rule}: ${mails} ${mails === 1 ? 'mail' : 'mails'}${contacts ? ` · ${contacts} by hand` : ''}${skipped ? ` · ${skipped} skipped` : ''}`,
    aheadNothing: 'With the orders and rules as they are, no reminder is due in the next 14 days.',
    aheadClosed: 'shop closed',
    aheadMore: (count) => `and ${count} more`,
    byHand: 'by hand',
    wouldNotSend: (why) => `This customer would not get this mail: ${why}.`,
    toContactList: (why) =>
      `Not sent by mail (${why}): it goes on the Contact list for you to reach them.`,
    noOccasion: {
      replenish: 'they bought nothing customers buy again',
      winBack: 'they are not a lost customer',
      coupon: 'they hold no coupon that expires',
      birthday: 'no birthday on record',
      activity: 'no shop activity coming up',
      followUp: 'no order to follow up',
    },
    bouncedHelp:
      'SheetCare sends through Gmail and cannot read bounce notices. When one arrives for an address, enter it above and choose Mark as bounced: SheetCare never mails that address again.',
    remove: 'Remove',
    nobody: 'None',
    counts: 'Send log',
  },
};
